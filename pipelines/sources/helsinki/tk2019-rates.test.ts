import { describe, expect, it } from 'vitest';
import { loadFixture, queryRows } from '../../../tests/builders/pipeline-support';
import { tk2019Fertility, tk2019Mortality } from './tk2019-rates';

const fertility =
  'helsinki-areas/projection-inputs-2019/capital_region_fertility_rates_tk2019_projection_2020_2040.csv.gz';
const mortality =
  'helsinki-areas/projection-inputs-2019/capital_region_mortality_rates_tk2019_projection_2020_2040.csv.gz';

describe('TK 2019 projection rates', () => {
  it('loads fertility per 1000 women by region, year and age', async () => {
    const db = await loadFixture(
      tk2019Fertility,
      fertility,
      'vuosi,hedtyyp,h15,h16\n2020,2,0.11,0.64\n2020,5,0.0836340334,0.5\n',
    );
    expect(
      await queryRows(
        db,
        'SELECT region_code, region_name, year, measure, sex, age, value FROM projection_rate ORDER BY line, age',
      ),
    ).toEqual([
      {
        region_code: '091',
        region_name: 'Helsinki',
        year: 2020,
        measure: 'fertility_per_1000_women',
        sex: 'female',
        age: 15,
        value: 0.11,
      },
      {
        region_code: '091',
        region_name: 'Helsinki',
        year: 2020,
        measure: 'fertility_per_1000_women',
        sex: 'female',
        age: 16,
        value: 0.64,
      },
      {
        region_code: 'KUUMA',
        region_name: 'KUUMA-kunnat (painotettu keskiarvo)',
        year: 2020,
        measure: 'fertility_per_1000_women',
        sex: 'female',
        age: 15,
        value: 0.0836340334,
      },
      {
        region_code: 'KUUMA',
        region_name: 'KUUMA-kunnat (painotettu keskiarvo)',
        year: 2020,
        measure: 'fertility_per_1000_women',
        sex: 'female',
        age: 16,
        value: 0.5,
      },
    ]);
  });

  it('keeps the birth-year death probability (mkvs/nkvs) apart from age 0', async () => {
    const db = await loadFixture(
      tk2019Mortality,
      mortality,
      'vuosi,kvtyyp,mkvs,mkv0,nkvs,nkv0\n2020,1,1.51,0.35,1.47,0.23\n',
    );
    expect(
      await queryRows(
        db,
        'SELECT region_code, measure, sex, age, value FROM projection_rate ORDER BY sex DESC, measure',
      ),
    ).toEqual([
      { region_code: '049', measure: 'death_probability_birth_year_per_1000', sex: 'male', age: 0, value: 1.51 },
      { region_code: '049', measure: 'death_probability_per_1000', sex: 'male', age: 0, value: 0.35 },
      { region_code: '049', measure: 'death_probability_birth_year_per_1000', sex: 'female', age: 0, value: 1.47 },
      { region_code: '049', measure: 'death_probability_per_1000', sex: 'female', age: 0, value: 0.23 },
    ]);
  });

  it('refuses an unknown area type and an unknown column', async () => {
    await expect(loadFixture(tk2019Fertility, fertility, 'vuosi,hedtyyp,h15\n2020,6,0.1\n')).rejects.toThrow(
      `${fertility}:2:region: area type must be one of 1, 2, 3, 4, 5`,
    );
    await expect(loadFixture(tk2019Mortality, mortality, 'vuosi,kvtyyp,mkv0,xkv1\n')).rejects.toThrow(
      `${mortality}:1:xkv1: unknown column`,
    );
  });
});
