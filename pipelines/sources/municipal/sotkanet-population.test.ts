import { describe, expect, it } from 'vitest';
import { loadFixture, queryRows } from '../../../tests/builders/pipeline-support';
import { sotkanetPopulation } from './sotkanet-population';

const file = 'municipal/sotkanet_population_municipality_2000_2021.csv.gz';

describe('Sotkanet population', () => {
  it('loads population by municipality code and year', async () => {
    const db = await loadFixture(
      sotkanetPopulation,
      file,
      'municipality_code,year,population\n091,2000,555474\n091,2010,588549\n',
    );
    expect(
      await queryRows(
        db,
        'SELECT line, municipality_code, municipality_name, year, variable, value FROM municipal_observation ORDER BY line',
      ),
    ).toEqual([
      {
        line: 2,
        municipality_code: '091',
        municipality_name: null,
        year: 2000,
        variable: 'sotkanet_population',
        value: 555474,
      },
      {
        line: 3,
        municipality_code: '091',
        municipality_name: null,
        year: 2010,
        variable: 'sotkanet_population',
        value: 588549,
      },
    ]);
  });

  it('refuses an unpadded municipality code, a bad year and an empty value', async () => {
    await expect(
      loadFixture(sotkanetPopulation, file, 'municipality_code,year,population\n91,2000,555474\n'),
    ).rejects.toThrow(`${file}:2:municipality_code: expected a 3-digit municipality code`);
    await expect(
      loadFixture(sotkanetPopulation, file, 'municipality_code,year,population\n091,20x0,555474\n'),
    ).rejects.toThrow(`${file}:2:year:`);
    await expect(
      loadFixture(sotkanetPopulation, file, 'municipality_code,year,population\n091,2000,\n'),
    ).rejects.toThrow(`${file}:2:population: empty value (expected a number or a suppression mark)`);
  });
});
