import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { beforeEach, describe, expect, it } from 'vitest';
import { computePlan } from '../../domain/planning/engine';
import { fixtureInputs } from '../../tests/builders/plan-fixtures';
import { readRows } from '../../core/warehouse/with-warehouse';
import { runSqlFile } from '../../pipelines/core/run-sql-file';
import { applyDerivedSchema } from '../derived/derived-store';
import { storeBaselinePlan } from './plan-table';

const PLAN_CONTRACT = [
  'scenario',
  'postal_code',
  'municipality_code',
  'year',
  'is_forecast',
  'children_0_2',
  'children_3_6',
  'children_6',
  'demand_under3',
  'demand_3plus_fullday',
  'demand_3plus_partday',
  'demand_preschool',
  'demand_total',
  'demand_total_lo80',
  'demand_total_hi80',
  'capacity_under3',
  'capacity_3plus',
  'capacity_total',
  'capacity_walk_total',
  'gap_places',
  'gap_m2',
  'fill_rate',
  'staff_educators',
  'staff_fte',
  'groups',
  'floor_area_needed_m2',
  'rag',
  'synthetic_capacity',
  'preschool_transport_needed',
];
const UNITS_CONTRACT = [
  'unit_id',
  'name_fi',
  'name_sv',
  'language',
  'provider',
  'lon',
  'lat',
  'postal_code',
  'municipality_code',
  'capacity_under3',
  'capacity_3plus',
  'floor_area_m2',
  'opening_year',
  'closing_year',
  'preschool',
  'synthetic',
  'source_file',
  'source_sha256',
];

/** The open-data side (units view) and the derived store's tables in one in-memory database. */
async function stores(): Promise<DuckDBConnection> {
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  for (const file of ['schema.sql', 'units.sql', 'transforms.sql', 'units-views.sql'])
    await runSqlFile(connection, file);
  await applyDerivedSchema(connection);
  return connection;
}

const basis = { modelVersion: null, dataFingerprint: 'test', engine: 'test', details: {} };

const columns = async (c: DuckDBConnection, view: string) =>
  (
    await readRows(c, `SELECT column_name FROM duckdb_columns() WHERE table_name = '${view}' ORDER BY column_index`)
  ).map((r) => (r as { column_name: string }).column_name);

describe('the baseline plan in the derived store', () => {
  let c: DuckDBConnection;
  beforeEach(async () => {
    c = await stores();
  });

  it('publishes the contract columns of public_plan and public_units', async () => {
    expect(await columns(c, 'public_plan')).toEqual(PLAN_CONTRACT);
    expect(await columns(c, 'public_units')).toEqual(UNITS_CONTRACT);
  });

  it('stores the baseline plan, replacing it (and its basis) on a re-run', async () => {
    const baseline = computePlan(fixtureInputs());
    await storeBaselinePlan(c, baseline, basis);
    await storeBaselinePlan(c, baseline, { ...basis, modelVersion: 'v2' });
    expect(await readRows(c, 'SELECT count(*)::INTEGER AS n FROM public_plan')).toEqual([{ n: baseline.length }]);
    expect(await readRows(c, 'SELECT model_version FROM public_plan_basis')).toEqual([{ model_version: 'v2' }]);
    const [row] = await readRows(
      c,
      "SELECT * FROM public_plan WHERE scenario = 'baseline' AND postal_code = '00100' AND year = 2021",
    );
    expect(row).toMatchObject({
      year: 2021,
      is_forecast: false,
      demand_total: 98,
      staff_educators: 17,
      groups: 6,
      rag: 'red',
      synthetic_capacity: true,
      demand_total_lo80: null,
    });
    const [espoo] = await readRows(
      c,
      "SELECT capacity_total, rag FROM public_plan WHERE postal_code = '02100' AND year = 2021 AND scenario = 'baseline'",
    );
    expect(espoo).toEqual({ capacity_total: null, rag: null });
  });
});
