import { describe, expect, it } from 'vitest';
import { loadFixture, queryRows } from '../../../tests/builders/pipeline-support';
import { helsinkiHousingForecast } from './helsinki-housing-forecast';

const file =
  'helsinki-areas/projection-inputs-2019/helsinki_housing_completion_forecast_floor_area_by_osaalue_type_2020_2035.csv.gz';
const header = 'Aluenimi,alue,Tyyppi,y2020,y2021';

describe('Helsinki housing completion forecast', () => {
  it('stores floor area per osa-alue, house type and year with the first year as vintage', async () => {
    const db = await loadFixture(
      helsinkiHousingForecast,
      file,
      `${header}\n091 204 Hernesaari,204,4,0,1600.0\n091 204 Hernesaari,204,5,250.5,0\n`,
    );
    const got = await queryRows(
      db,
      'SELECT scope, municipality_code, area_code, area_name, vintage, year, variable, value FROM projection_value ORDER BY line, year',
    );
    expect(got[1]).toEqual({
      scope: 'subarea',
      municipality_code: '091',
      area_code: '091204',
      area_name: 'Hernesaari',
      vintage: 2020,
      year: 2021,
      variable: 'housing_completion_floor_area_m2_type_4',
      value: 1600,
    });
    expect(got[2]).toMatchObject({ year: 2020, variable: 'housing_completion_floor_area_m2_type_5', value: 250.5 });
  });

  it('refuses an unknown house type and a negative area', async () => {
    await expect(
      loadFixture(helsinkiHousingForecast, file, `${header}\n091 10 Kruununhaka,10,7,0,0\n`),
    ).rejects.toThrow(`${file}:2:type: house type must be 1..6`);
    await expect(
      loadFixture(helsinkiHousingForecast, file, `${header}\n091 10 Kruununhaka,10,4,-5,0\n`),
    ).rejects.toThrow(`${file}:2:y2020: negative value -5 is not allowed here`);
  });
});
