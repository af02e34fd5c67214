import { describe, expect, it } from 'vitest';
import { loadFixture, queryRows } from '../../../tests/builders/pipeline-support';
import { helsinkiKeyfigures } from './helsinki-keyfigures';

const file = 'helsinki-areas/keyfigures-2011/helsinki_alueittain_keyfigures_by_peruspiiri_2011.csv.gz';
const header = 'area_code,area_name,Asukkaat yht,0-6v,Ruotsinkieliset,Päiväkoteja,Lastensuojelun asiakkaita';

describe('Helsinki alueittain key figures', () => {
  it('maps every column to a code, population columns to age/language dimensions, empty cells to withheld', async () => {
    const db = await loadFixture(
      helsinkiKeyfigures,
      file,
      `${header}\n000,Helsinki,595384,41127,35537,292,10564\n801,Östersundomin peruspiiri,2000,150,300,1,\n`,
    );
    const got = await queryRows(
      db,
      'SELECT area_code, area_level, year, variable, age, language, value, suppressed FROM subarea_observation ORDER BY line, variable, age, language',
    );
    expect(got.slice(0, 5)).toEqual([
      {
        area_code: '091',
        area_level: 'city',
        year: 2011,
        variable: 'kf_child_welfare_clients',
        age: 'total',
        language: 'total',
        value: 10564,
        suppressed: false,
      },
      {
        area_code: '091',
        area_level: 'city',
        year: 2011,
        variable: 'kf_daycare_centres',
        age: 'total',
        language: 'total',
        value: 292,
        suppressed: false,
      },
      {
        area_code: '091',
        area_level: 'city',
        year: 2011,
        variable: 'population',
        age: '0-6',
        language: 'total',
        value: 41127,
        suppressed: false,
      },
      {
        area_code: '091',
        area_level: 'city',
        year: 2011,
        variable: 'population',
        age: 'total',
        language: 'sv',
        value: 35537,
        suppressed: false,
      },
      {
        area_code: '091',
        area_level: 'city',
        year: 2011,
        variable: 'population',
        age: 'total',
        language: 'total',
        value: 595384,
        suppressed: false,
      },
    ]);
    expect(got[5]).toEqual({
      area_code: '091801P',
      area_level: 'peruspiiri',
      year: 2011,
      variable: 'kf_child_welfare_clients',
      age: 'total',
      language: 'total',
      value: null,
      suppressed: true,
    });
  });

  it('refuses an unknown column', async () => {
    await expect(loadFixture(helsinkiKeyfigures, file, `${header},Lemmikit\n`)).rejects.toThrow(
      `${file}:1:Lemmikit: unknown column`,
    );
  });
});
