import { DuckDBTimestampValue, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import type { PlanRow } from '../../domain/planning/plan-types';
import { parseScenario, type Scenario } from '../../domain/planning/scenario';
import { readRows } from '../../core/warehouse/with-warehouse';

/**
 * Writes plans and scenarios into the warehouse (app tables plan_result and scenario, read through
 * public_plan and public_scenarios). Called inside updateWarehouse, so a failed run publishes nothing.
 */
type Kind = 'varchar' | 'smallint' | 'integer' | 'double' | 'boolean';

// Column order of plan_result in pipelines/sql/app-tables.sql (computed_at and basis are appended last).
const PLAN_RESULT: readonly [keyof PlanRow, Kind][] = [
  ['scenario', 'varchar'],
  ['postalCode', 'varchar'],
  ['municipalityCode', 'varchar'],
  ['year', 'smallint'],
  ['isForecast', 'boolean'],
  ['children02', 'double'],
  ['children36', 'double'],
  ['children6', 'double'],
  ['demandUnder3', 'double'],
  ['demand3plusFullday', 'double'],
  ['demand3plusPartday', 'double'],
  ['demandPreschool', 'double'],
  ['demandTotal', 'double'],
  ['demandTotalLo80', 'double'],
  ['demandTotalHi80', 'double'],
  ['capacityUnder3', 'integer'],
  ['capacity3plus', 'integer'],
  ['capacityTotal', 'integer'],
  ['capacityWalkTotal', 'double'],
  ['gapPlaces', 'double'],
  ['gapM2', 'double'],
  ['fillRate', 'double'],
  ['staffEducators', 'integer'],
  ['staffFte', 'double'],
  ['groups', 'integer'],
  ['floorAreaNeededM2', 'double'],
  ['rag', 'varchar'],
  ['syntheticCapacity', 'boolean'],
  ['preschoolTransportNeeded', 'boolean'],
];

function append(appender: DuckDBAppender, kind: Kind, value: unknown): void {
  if (value === null || value === undefined) return appender.appendNull();
  if (kind === 'varchar') return appender.appendVarchar(String(value));
  if (kind === 'smallint') return appender.appendSmallInt(value as number);
  if (kind === 'integer') return appender.appendInteger(value as number);
  if (kind === 'double') return appender.appendDouble(value as number);
  return appender.appendBoolean(value as boolean);
}

const now = () => new DuckDBTimestampValue(BigInt(Date.now()) * 1000n);

/** Replaces the stored rows of the scenarios present in `rows`. */
export async function storePlan(connection: DuckDBConnection, rows: readonly PlanRow[], basis: object): Promise<void> {
  for (const name of new Set(rows.map((r) => r.scenario)))
    await connection.run('DELETE FROM plan_result WHERE scenario = $s', { s: name });
  const appender = await connection.createAppender('plan_result');
  const at = now();
  const basisText = JSON.stringify(basis);
  try {
    for (const row of rows) {
      for (const [key, kind] of PLAN_RESULT) append(appender, kind, row[key]);
      appender.appendTimestamp(at);
      appender.appendVarchar(basisText);
      appender.endRow();
    }
  } finally {
    appender.closeSync();
  }
}

/** Saves (or replaces) a scenario document under its name. */
export async function saveScenario(connection: DuckDBConnection, scenario: Scenario, author: string): Promise<void> {
  await connection.run('DELETE FROM scenario WHERE name = $n', { n: scenario.name });
  await connection.run('INSERT INTO scenario VALUES ($n, $a, current_timestamp::TIMESTAMP, $d)', {
    n: scenario.name,
    a: author,
    d: JSON.stringify(scenario),
  });
}

const storedSchema = z.object({ name: z.string(), author: z.string(), created_at: z.string(), document: z.string() });
export type StoredScenario = z.infer<typeof storedSchema>;

export async function listScenarios(connection: DuckDBConnection): Promise<StoredScenario[]> {
  return z
    .array(storedSchema)
    .parse(
      await readRows(
        connection,
        'SELECT name, author, created_at::VARCHAR AS created_at, document FROM scenario ORDER BY name',
      ),
    );
}

/** A saved scenario by name, validated again (the schema may have tightened since it was saved). */
export async function loadScenario(connection: DuckDBConnection, name: string): Promise<Scenario> {
  const [row] = z
    .array(storedSchema)
    .parse(
      await readRows(
        connection,
        'SELECT name, author, created_at::VARCHAR AS created_at, document FROM scenario WHERE name = $n',
        { n: name },
      ),
    );
  if (!row) throw new Error(`no saved scenario named '${name}' (npm run plan -- --list shows them)`);
  return parseScenario(JSON.parse(row.document), `saved scenario '${name}'`);
}
