import { describe, expect, it } from 'vitest';
import { loadFixture, queryRows } from '../../../tests/builders/pipeline-support';
import { sotkanetProjection } from './sotkanet-projection';

const file =
  'municipal/sotkanet-indicators-1990-2012/statfi_population_projection_2012vintage_municipal_via_sotkanet.csv.gz';
const header = 'indicator,municipality,projection_vintage_year,value,region';

describe('Sotkanet population projection', () => {
  it('takes the projected year from the title and the vintage from its column', async () => {
    const db = await loadFixture(
      sotkanetProjection,
      file,
      [
        header,
        '[VÄESTÖNMUUTOS] Väestöennuste 2020,Helsinki,2012,646860.0,Uusimaa',
        '"[VÄESTÖNMUUTOS] 7-15 -vuotiaat, % väestöstä, väestöennuste 2040",Helsinki,2012,8.3,Uusimaa',
      ].join('\n'),
    );
    expect(
      await queryRows(
        db,
        'SELECT line, scope, municipality_code, municipality_name, vintage, year, variable, value FROM projection_value ORDER BY line',
      ),
    ).toEqual([
      {
        line: 2,
        scope: 'municipality',
        municipality_code: null,
        municipality_name: 'Helsinki',
        vintage: 2012,
        year: 2020,
        variable: 'projected_population',
        value: 646860,
      },
      {
        line: 3,
        scope: 'municipality',
        municipality_code: null,
        municipality_name: 'Helsinki',
        vintage: 2012,
        year: 2040,
        variable: 'projected_share_7_15_pct',
        value: 8.3,
      },
    ]);
  });

  it('refuses an unknown indicator and a withheld value', async () => {
    await expect(
      loadFixture(sotkanetProjection, file, `${header}\n[VÄESTÖNMUUTOS] Syntyneet 2020,Helsinki,2012,1,Uusimaa\n`),
    ).rejects.toThrow(`${file}:2:indicator: unknown indicator '[VÄESTÖNMUUTOS] Syntyneet 2020'`);
    await expect(
      loadFixture(sotkanetProjection, file, `${header}\n[VÄESTÖNMUUTOS] Väestöennuste 2030,Helsinki,2012,..,Uusimaa\n`),
    ).rejects.toThrow(`${file}:2:value: not a number: '..'`);
  });
});
