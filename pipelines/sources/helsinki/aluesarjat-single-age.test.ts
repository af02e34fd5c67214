import { describe, expect, it } from 'vitest';
import { loadFixture, queryRows } from '../../../tests/builders/pipeline-support';
import { aluesarjatSingleAge } from './aluesarjat-single-age';

const file =
  'helsinki-areas/aluesarjat-1962-2010/helsinki_population_single_age_by_area_mothertongue_sex_1992_2010.csv.gz';
const header = 'area_code,area_name,Äidinkieli,Sukupuoli,Ikä,y2009_jan1,y2010_jan1';
const rows = [
  '091,091 Helsinki,Yhteensä,Molemmat sukupuolet,Väestö yhteensä,576632,583350',
  '091,091 Helsinki,Ruotsi,Naiset,0-vuotiaat,190,201',
  '091101,091 101 Vironniemen peruspiiri,Yhteensä,Miehet,95+-vuotiaat,..,3',
  '091306,091 306 Talinranta,Yhteensä,Molemmat sukupuolet,20-24-vuotiaat,.,60',
];

describe('Aluesarjat single-age population', () => {
  it('stores 1 January figures as the previous statistical year, with age, sex and language', async () => {
    const db = await loadFixture(aluesarjatSingleAge, file, [header, ...rows].join('\n'));
    const got = await queryRows(
      db,
      'SELECT area_code, area_level, year, age, sex, language, value, suppressed FROM subarea_observation ORDER BY line, year',
    );
    expect(got).toEqual([
      {
        area_code: '091',
        area_level: 'city',
        year: 2008,
        age: 'total',
        sex: 'total',
        language: 'total',
        value: 576632,
        suppressed: false,
      },
      {
        area_code: '091',
        area_level: 'city',
        year: 2009,
        age: 'total',
        sex: 'total',
        language: 'total',
        value: 583350,
        suppressed: false,
      },
      {
        area_code: '091',
        area_level: 'city',
        year: 2008,
        age: '0',
        sex: 'female',
        language: 'sv',
        value: 190,
        suppressed: false,
      },
      {
        area_code: '091',
        area_level: 'city',
        year: 2009,
        age: '0',
        sex: 'female',
        language: 'sv',
        value: 201,
        suppressed: false,
      },
      {
        area_code: '091101P',
        area_level: 'peruspiiri',
        year: 2008,
        age: '95+',
        sex: 'male',
        language: 'total',
        value: null,
        suppressed: true,
      },
      {
        area_code: '091101P',
        area_level: 'peruspiiri',
        year: 2009,
        age: '95+',
        sex: 'male',
        language: 'total',
        value: 3,
        suppressed: false,
      },
      // '.' (the area did not exist yet) is no observation at all.
      {
        area_code: '091306',
        area_level: 'osa-alue',
        year: 2009,
        age: '20-24',
        sex: 'total',
        language: 'total',
        value: 60,
        suppressed: false,
      },
    ]);
  });

  it('names file, line and column of a bad value', async () => {
    await expect(
      loadFixture(aluesarjatSingleAge, file, `${header}\n${rows[0].replace('583350', '58x')}\n`),
    ).rejects.toThrow(`${file}:2:y2010_jan1: not a number: '58x'`);
  });

  it('refuses an unknown column and an unknown sex', async () => {
    await expect(loadFixture(aluesarjatSingleAge, file, `${header},note\n`)).rejects.toThrow(
      `${file}:1:note: unknown column`,
    );
    await expect(
      loadFixture(aluesarjatSingleAge, file, `${header}\n${rows[0].replace('Molemmat sukupuolet', 'Muut')}\n`),
    ).rejects.toThrow(`${file}:2:Sukupuoli: unknown sex 'Muut'`);
  });
});
