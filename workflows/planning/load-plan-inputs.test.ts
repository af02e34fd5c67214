import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { runSqlFile } from '../../pipelines/core/run-sql-file';
import { applyDerivedSchema } from '../derived/derived-store';
import { loadPlanInputs } from './load-plan-inputs';

/**
 * A tiny warehouse: two Helsinki areas (one suppressed in 2021) and one Espoo area with Paavo counts,
 * 14jt participation for 091 and the country, a polygon, one unit and an active model's forecasts from
 * two origins (only the latest is planned). Open data and derived tables share one in-memory database.
 */
async function warehouse(): Promise<DuckDBConnection> {
  const c = await (await DuckDBInstance.create(':memory:')).connect();
  for (const file of ['schema.sql', 'units.sql']) await runSqlFile(c, file);
  await applyDerivedSchema(c);
  await c.run(`
    INSERT INTO source_file VALUES (1, 'paavo-12f7', 'paavo/x.csv', 'x', 1, 1, now()::TIMESTAMP, 'CC BY 4.0', 'a'),
      (2, 'statfin-ece-by-age', 'municipal/e.csv', 'x', 1, 1, now()::TIMESTAMP, 'CC BY 4.0', 'a'),
      (3, 'paavo-geometry', 'geo/g.geojson', 'x', 1, 1, now()::TIMESTAMP, 'CC BY 4.0', 'a'),
      (4, 'ece-units', 'units/u.csv', 'x', 1, 1, now()::TIMESTAMP, 'CC BY 4.0', 'a');
    INSERT INTO postal_observation VALUES
      (1, 2, '00100', 'A', '091', NULL, 2020, 'he_0_2', 300, false), (1, 2, '00100', 'A', '091', NULL, 2020, 'he_3_6', 400, false),
      (1, 3, '00100', 'A', '091', NULL, 2021, 'he_0_2', 330, false), (1, 3, '00100', 'A', '091', NULL, 2021, 'he_3_6', 420, false),
      (1, 3, '00100', 'A', '091', NULL, 2021, 'ra_asunn', 5000, false), (1, 2, '00100', 'A', '091', NULL, 2020, 'ra_asunn', 4000, false),
      (1, 3, '00100', 'A', '091', NULL, 2021, 'ra_as_kpa', 55, false),
      (1, 3, '00100', 'A', '091', NULL, 2021, 'pt_tyoll', 900, false), (1, 3, '00100', 'A', '091', NULL, 2021, 'pt_tyott', 100, false),
      (1, 4, '00190', 'B', '091', NULL, 2020, 'he_0_2', 12, false), (1, 4, '00190', 'B', '091', NULL, 2020, 'he_3_6', 15, false),
      (1, 5, '00190', 'B', '091', NULL, 2021, 'he_0_2', NULL, true), (1, 5, '00190', 'B', '091', NULL, 2021, 'he_3_6', NULL, true),
      (1, 6, '02100', 'C', '049', NULL, 2017, 'he_0_2', 150, false), (1, 6, '02100', 'C', '049', NULL, 2017, 'he_3_6', 200, false),
      (1, 7, '02110', 'D', '049', NULL, 2016, 'he_0_2', 999, false), (1, 7, '02110', 'D', '049', NULL, 2016, 'he_3_6', 999, false);
    INSERT INTO municipal_observation SELECT 2, 2, m, NULL, 2022, 'ece_children_age_' || age, v, false
      FROM (VALUES ('091', 0, 1), ('091', 1, 46), ('091', 2, 85), ('091', 3, 95), ('091', 4, 99), ('091', 5, 105),
                   ('049', 0, 0), ('049', 1, 20), ('049', 2, 40), ('049', 3, 50), ('049', 4, 55), ('049', 5, 60),
                   ('SSS', 0, 2), ('SSS', 1, 60), ('SSS', 2, 110), ('SSS', 3, 130), ('SSS', 4, 140), ('SSS', 5, 150)) t(m, age, v);
    INSERT INTO municipal_observation VALUES (2, 3, '091', NULL, 2022, 'ece_children_total', 540, false);
    INSERT INTO postal_geometry VALUES (3, 1, '00100', 'A', 'A', '091', 'Helsinki', 2021, 'EPSG:4326',
      '{"type":"Polygon","coordinates":[[[24.9,60.1],[25.0,60.1],[25.0,60.2],[24.9,60.2],[24.9,60.1]]]}');
    INSERT INTO ece_unit VALUES (4, 2, 'U1', 'Synthetic unit 00100-1', NULL, 'fi', 'municipal', 24.95, 60.15, '00100', '091', 24, 84, 900, 1990, NULL, true, true);
    INSERT INTO model_registry VALUES ('m1', now()::TIMESTAMP, 'net', 2021, 'wasm', '{}', 'x', 'x', 's', 'x', 'active', NULL),
      ('m0', now()::TIMESTAMP, 'old', 2021, 'wasm', '{}', 'x', 'x', 's', 'x', 'inactive', NULL);
    INSERT INTO forecast_run VALUES ('m1', 'm1', 'model', 2021, now()::TIMESTAMP, 'x'), ('m0', 'm0', 'model', 2021, now()::TIMESTAMP, 'x'),
      ('m1-experiment', 'm1', 'experiment', 2021, now()::TIMESTAMP, 'x');
    INSERT INTO forecast SELECT v, 'net', o, '00100', '091', g, o + h, h, m + 10 * h, m, m * 1.2, m * 0.7, m * 1.3
      FROM (VALUES ('m1', 2020), ('m1', 2021), ('m0', 2021)) a(v, o), (VALUES ('0-2', 330), ('3-6', 420), ('6', 100)) b(g, m), range(1, 3) r(h);
    -- An analyst's experiment of the active model is never planned.
    INSERT INTO forecast SELECT 'm1-experiment', 'net', 2021, '00100', '091', g, 2022, 1, 99999, 1, 1, 1, 1
      FROM (VALUES ('0-2'), ('3-6'), ('6')) b(g);
    -- Espoo's area forecast from 2017 reaches the rate year 2022 (h = 5): 120 aged 0-2, 160 aged 3-6.
    INSERT INTO forecast SELECT 'm1', 'net', 2017, '02100', '049', g, 2022, 5, m, m, m, m, m
      FROM (VALUES ('0-2', 120), ('3-6', 160)) b(g, m);
  `);
  for (const file of ['transforms.sql', 'units-views.sql']) await runSqlFile(c, file);
  return c;
}

describe('loading planning inputs from the warehouse', () => {
  let loaded: Awaited<ReturnType<typeof loadPlanInputs>>;
  beforeAll(async () => {
    loaded = await loadPlanInputs(await warehouse(), {});
  });

  it('reads history, keeps suppressed counts unknown, and adds the active model own latest-origin forecasts', () => {
    const a = loaded.inputs.areas.find((x) => x.postalCode === '00100')!;
    expect(a.years.map((y) => [y.year, y.isForecast, y.origin])).toEqual([
      [2020, false, null],
      [2021, false, null],
      [2022, true, 2021],
      [2023, true, 2021],
    ]);
    expect(a.years[2]).toMatchObject({ c02: { mean: 340, lo80: 330, hi80: 396 }, c6: { mean: 110 } });
    const b = loaded.inputs.areas.find((x) => x.postalCode === '00190')!;
    expect(b.years[1]).toMatchObject({ year: 2021, c02: null, c36: null });
    expect(loaded.basis).toMatchObject({
      modelVersion: 'm1',
      origins: [2017, 2021],
      units: 1,
      syntheticUnits: 1,
      unitFiles: ['units/u.csv'],
    });
  });

  it('derives participation by single age from 14jt over the latest Paavo counts, with a national fallback', () => {
    const helsinki = loaded.inputs.parameters.get('091')!;
    // Rate year 2022 is not observed; the active model's 2022 forecast for 00100 (00190 has none) is the
    // denominator: 340 / 3 per age 0-2, 430 / 4 per age 3-6; 6-year-olds: all ages 540 - ages 0-5 431 = 109 -> 100 %.
    expect(helsinki).toMatchObject({ rateSource: 'derived', denominator: 'forecast' });
    expect(helsinki.rates.map((r) => Math.round(r * 100))).toEqual([1, 41, 75, 88, 92, 98, 100]);
    // Espoo: its latest Paavo year is 2017 (02110 vanished in 2016 and is not counted); the forecast for 2022
    // gives the denominator: 120 / 3 = 40 per age 0-2, 160 / 4 = 40 per age 3-6.
    const espoo = loaded.inputs.parameters.get('049')!;
    expect(espoo).toMatchObject({ rateSource: 'derived', denominator: 'forecast' });
    expect(espoo.rates.map((r) => Math.round(r * 100))).toEqual([0, 50, 100, 100, 100, 100, 100]);
    expect(loaded.inputs.parameters.get('SSS')!.rateYear).toBe(2022);
  });

  it('gives areas a point, an employment-based factor and a dwelling size', () => {
    const a = loaded.inputs.areas.find((x) => x.postalCode === '00100')!;
    expect(a.point!.lon).toBeCloseTo(24.95, 6);
    expect(a.dwellingSizeM2).toBe(55);
    expect(loaded.inputs.areas.find((x) => x.postalCode === '02100')!.point).toBeNull();
    expect(loaded.inputs.units[0]).toMatchObject({
      unitId: 'U1',
      capacity3plus: 84,
      synthetic: true,
      closingYear: null,
    });
  });
});
