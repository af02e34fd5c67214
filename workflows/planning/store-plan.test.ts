import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { beforeEach, describe, expect, it } from 'vitest';
import { computePlan } from '../../domain/planning/engine';
import { fixtureInputs } from '../../tests/builders/plan-fixtures';
import { parseScenario } from '../../domain/planning/scenario';
import { readRows } from '../../core/warehouse/with-warehouse';
import { runSqlFile } from '../../pipelines/core/run-sql-file';
import { listScenarios, loadScenario, saveScenario, storePlan } from './store-plan';

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
];

/** A warehouse built in the order the lead wires it: schema, units, app tables, transforms, plan views. */
async function warehouse(): Promise<DuckDBConnection> {
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  for (const file of ['schema.sql', 'units.sql', 'app-tables.sql', 'transforms.sql', 'plan-views.sql'])
    await runSqlFile(connection, file);
  return connection;
}

const columns = async (c: DuckDBConnection, view: string) =>
  (
    await readRows(c, `SELECT column_name FROM duckdb_columns() WHERE table_name = '${view}' ORDER BY column_index`)
  ).map((r) => (r as { column_name: string }).column_name);

describe('plan storage and the planning views', () => {
  let c: DuckDBConnection;
  beforeEach(async () => {
    c = await warehouse();
  });

  it('publishes the contract columns of public_plan, public_units and public_scenarios', async () => {
    expect((await columns(c, 'public_plan')).slice(0, PLAN_CONTRACT.length)).toEqual(PLAN_CONTRACT);
    expect(await columns(c, 'public_units')).toEqual(UNITS_CONTRACT);
    expect(await columns(c, 'public_scenarios')).toEqual(['name', 'author', 'created_at', 'document']);
  });

  it('stores plan rows per scenario, replacing a scenario on re-run', async () => {
    const baseline = computePlan(fixtureInputs());
    await storePlan(c, baseline, { modelVersion: null });
    await storePlan(c, baseline, { modelVersion: null });
    const scenario = computePlan(fixtureInputs(), parseScenario({ name: 'more', births: { pct: 10 } }));
    await storePlan(c, scenario, { modelVersion: null });
    const counts = await readRows(
      c,
      'SELECT scenario, count(*)::INTEGER AS n FROM public_plan GROUP BY ALL ORDER BY ALL',
    );
    expect(counts).toEqual([
      { scenario: 'baseline', n: baseline.length },
      { scenario: 'more', n: scenario.length },
    ]);
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

  it('saves, lists and loads scenario documents', async () => {
    const doc = parseScenario({
      name: 'Kalasatama',
      births: { pct: 5 },
      units: { close: [{ unitId: 'U1', year: 2025 }] },
    });
    await saveScenario(c, doc, 'planner');
    await saveScenario(c, doc, 'planner');
    expect((await listScenarios(c)).map((s) => [s.name, s.author])).toEqual([['Kalasatama', 'planner']]);
    expect(await loadScenario(c, 'Kalasatama')).toEqual(doc);
    await expect(loadScenario(c, 'nope')).rejects.toThrow("no saved scenario named 'nope'");
  });
});
