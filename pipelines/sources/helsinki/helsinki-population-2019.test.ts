import { describe, expect, it } from 'vitest';
import { loadFixture, queryRows } from '../../../tests/builders/pipeline-support';
import { helsinkiPopulation2019 } from './helsinki-population-2019';

const file = 'helsinki-areas/projection-inputs-2019/helsinki_population_by_osaalue_single_age_sex_20191231.csv.gz';
const header = 'Aluenimi,vuosi,alue,iyht,m0,m1,m2,n0,n1,n2';

describe('Helsinki population by osa-alue 31.12.2019', () => {
  it('stores males and females by age (last age open-ended) and the total, under canonical codes', async () => {
    const db = await loadFixture(
      helsinkiPopulation2019,
      file,
      `${header}\n09111010 010 Kruununhaka,2019,10,21,1,2,3,4,5,6\n091999999 Tuntematon,2019,999,0,0,0,0,0,0,0\n`,
    );
    const got = await queryRows(
      db,
      "SELECT area_code, area_name, area_level, year, age, sex, value FROM subarea_observation WHERE area_code = '09110' ORDER BY sex, age",
    );
    expect(got).toEqual([
      {
        area_code: '09110',
        area_name: 'Kruununhaka',
        area_level: 'osa-alue',
        year: 2019,
        age: '0',
        sex: 'female',
        value: 4,
      },
      {
        area_code: '09110',
        area_name: 'Kruununhaka',
        area_level: 'osa-alue',
        year: 2019,
        age: '1',
        sex: 'female',
        value: 5,
      },
      {
        area_code: '09110',
        area_name: 'Kruununhaka',
        area_level: 'osa-alue',
        year: 2019,
        age: '2+',
        sex: 'female',
        value: 6,
      },
      {
        area_code: '09110',
        area_name: 'Kruununhaka',
        area_level: 'osa-alue',
        year: 2019,
        age: '0',
        sex: 'male',
        value: 1,
      },
      {
        area_code: '09110',
        area_name: 'Kruununhaka',
        area_level: 'osa-alue',
        year: 2019,
        age: '1',
        sex: 'male',
        value: 2,
      },
      {
        area_code: '09110',
        area_name: 'Kruununhaka',
        area_level: 'osa-alue',
        year: 2019,
        age: '2+',
        sex: 'male',
        value: 3,
      },
      {
        area_code: '09110',
        area_name: 'Kruununhaka',
        area_level: 'osa-alue',
        year: 2019,
        age: 'total',
        sex: 'total',
        value: 21,
      },
    ]);
    expect(
      await queryRows(db, "SELECT DISTINCT area_code, area_level FROM subarea_observation WHERE area_code = '091999'"),
    ).toEqual([{ area_code: '091999', area_level: 'unallocated' }]);
  });

  it('refuses a total that is not the sum of the ages, and an area number that disagrees with the label', async () => {
    await expect(
      loadFixture(helsinkiPopulation2019, file, `${header}\n09111010 010 Kruununhaka,2019,10,22,1,2,3,4,5,6\n`),
    ).rejects.toThrow(`${file}:2:iyht: total 22 differs from the sum of ages 21`);
    await expect(
      loadFixture(helsinkiPopulation2019, file, `${header}\n09111010 010 Kruununhaka,2019,20,21,1,2,3,4,5,6\n`),
    ).rejects.toThrow(`${file}:2:alue: area number 20 does not match '09111010 010 Kruununhaka'`);
  });

  it('refuses an unknown column', async () => {
    await expect(loadFixture(helsinkiPopulation2019, file, `${header},x5\n`)).rejects.toThrow(
      `${file}:1:x5: unknown column`,
    );
  });
});
