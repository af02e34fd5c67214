import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import path from 'node:path';
import { runSqlFile } from '../../pipelines/core/run-sql-file';
import { applyDerivedSchema } from '../../workflows/derived/derived-store';

/**
 * A tiny planning warehouse: two Helsinki areas (one suppressed in 2021) and one Espoo area with Paavo
 * counts, 14jt participation for 091 and the country, a polygon, one unit; and in the derived store an
 * active model m1 (forecasts from two origins, only the latest is planned), an inactive m0 whose
 * forecasts are 100 children higher, and an analyst's experiment run that is never planned.
 */
const OPEN_DATA_SQL = `
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
    INSERT INTO meta VALUES ('fingerprint', 'fixture-1'), ('built_at', '2026-12-01');
`;

const DERIVED_SQL = `
    INSERT INTO model_registry VALUES ('m1', now()::TIMESTAMP, 'net', 2021, 'wasm', '{}', 'x', 'x', 's', 'active', NULL),
      ('m0', now()::TIMESTAMP, 'old', 2021, 'wasm', '{}', 'x', 'x', 's', 'inactive', NULL);
    INSERT INTO forecast_run VALUES ('m1', 'm1', 'model', 2021, now()::TIMESTAMP, 'x'), ('m0', 'm0', 'model', 2021, now()::TIMESTAMP, 'x'),
      ('m1-experiment', 'm1', 'experiment', 2021, now()::TIMESTAMP, 'x');
    INSERT INTO forecast SELECT v, 'net', o, '00100', '091', g, o + h, h, m + 10 * h + CASE WHEN v = 'm0' THEN 100 ELSE 0 END, m, m * 1.2, m * 0.7, m * 1.3
      FROM (VALUES ('m1', 2020), ('m1', 2021), ('m0', 2021)) a(v, o), (VALUES ('0-2', 330), ('3-6', 420), ('6', 100)) b(g, m), range(1, 3) r(h);
    -- An analyst's experiment of the active model is never planned.
    INSERT INTO forecast SELECT 'm1-experiment', 'net', 2021, '00100', '091', g, 2022, 1, 99999, 1, 1, 1, 1
      FROM (VALUES ('0-2'), ('3-6'), ('6')) b(g);
    -- Espoo's area forecast from 2017 reaches the rate year 2022 (h = 5): 120 aged 0-2, 160 aged 3-6.
    INSERT INTO forecast SELECT 'm1', 'net', 2017, '02100', '049', g, 2022, 5, m, m, m, m, m
      FROM (VALUES ('0-2', 120), ('3-6', 160)) b(g, m);
`;

async function openData(c: DuckDBConnection): Promise<void> {
  for (const file of ['schema.sql', 'units.sql']) await runSqlFile(c, file);
  await c.run(OPEN_DATA_SQL);
  for (const file of ['transforms.sql', 'units-views.sql']) await runSqlFile(c, file);
}

async function derivedData(c: DuckDBConnection): Promise<void> {
  await applyDerivedSchema(c);
  await c.run(DERIVED_SQL);
}

/** Both stores in one in-memory database (loader tests). */
export async function planningWarehouseInMemory(): Promise<DuckDBConnection> {
  const c = await (await DuckDBInstance.create(':memory:')).connect();
  await openData(c);
  await derivedData(c);
  return c;
}

/** The warehouse and the derived store as files in `dir`, as the product keeps them. */
export async function writePlanningFiles(dir: string): Promise<{ warehouse: string; derived: string }> {
  const files = { warehouse: path.join(dir, 'warehouse.duckdb'), derived: path.join(dir, 'derived.duckdb') };
  for (const [file, fill] of [
    [files.warehouse, openData],
    [files.derived, derivedData],
  ] as const) {
    const instance = await DuckDBInstance.create(file);
    const c = await instance.connect();
    await fill(c);
    await c.run('CHECKPOINT');
    c.closeSync();
    instance.closeSync();
  }
  return files;
}
