import { describe, expect, it } from 'vitest';
import { loadFixture, queryRows } from '../../../tests/builders/pipeline-support';
import { sotkanetIndicators } from './sotkanet-indicators';

const file = 'municipal/sotkanet-indicators-1990-2012/sotkanet_selected_indicators_municipal_1990_2012_long.csv.gz';
const header = 'indicator,municipality,year,value,region';

describe('Sotkanet indicators', () => {
  it('maps titles to codes; migration balances may be negative; ".." goes through the schema as withheld', async () => {
    const db = await loadFixture(
      sotkanetIndicators,
      file,
      [
        header,
        '[YLEISET] Väestö 31.12.,Helsinki,2000,555474.0,Uusimaa',
        '[VÄESTÖNMUUTOS] Kuntien välinen nettomuutto / 1 000 asukasta,Äänekoski,1990,-4.5,Keski-Suomi',
        '"[TYÖELÄMÄ] Työttömät, % työvoimasta",Helsinki,2012,..,Uusimaa',
      ].join('\n'),
    );
    expect(
      await queryRows(
        db,
        'SELECT line, municipality_code, municipality_name, year, variable, value, suppressed FROM municipal_observation ORDER BY line',
      ),
    ).toEqual([
      {
        line: 2,
        municipality_code: null,
        municipality_name: 'Helsinki',
        year: 2000,
        variable: 'sotkanet_population',
        value: 555474,
        suppressed: false,
      },
      {
        line: 3,
        municipality_code: null,
        municipality_name: 'Äänekoski',
        year: 1990,
        variable: 'sotkanet_net_migration_intermunicipal_per_1000',
        value: -4.5,
        suppressed: false,
      },
      {
        line: 4,
        municipality_code: null,
        municipality_name: 'Helsinki',
        year: 2012,
        variable: 'sotkanet_unemployed_pct_of_labour_force',
        value: null,
        suppressed: true,
      },
    ]);
  });

  it('refuses an unknown indicator with file:line:indicator', async () => {
    await expect(
      loadFixture(
        sotkanetIndicators,
        file,
        `${header}\n[YLEISET] Väestö 31.12.,Helsinki,2000,1,Uusimaa\n"[TALOUS] Kissat, lkm",Helsinki,2000,1,Uusimaa\n`,
      ),
    ).rejects.toThrow(`${file}:3:indicator: unknown indicator '[TALOUS] Kissat, lkm'`);
  });

  it('refuses a negative count, a bad year and a truncated row', async () => {
    await expect(
      loadFixture(
        sotkanetIndicators,
        file,
        `${header}\n"[VÄESTÖNMUUTOS] Tulomuuttajat, lkm",Helsinki,2000,-5,Uusimaa\n`,
      ),
    ).rejects.toThrow(`${file}:2:value: negative value -5 is not allowed here`);
    await expect(
      loadFixture(sotkanetIndicators, file, `${header}\n[YLEISET] Väestö 31.12.,Helsinki,200,1,Uusimaa\n`),
    ).rejects.toThrow(`${file}:2:year:`);
    await expect(
      loadFixture(sotkanetIndicators, file, `${header}\n[YLEISET] Väestö 31.12.,Helsinki,2000\n`),
    ).rejects.toThrow(`${file}:2:row: expected 5 fields, found 3`);
  });
});
