import { DuckDBTimestampValue, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { PLAN_COLUMNS, PLAN_METRICS, PLAN_METRIC_FIELDS } from '../../domain/metrics/plan-metrics';
import type { PlanRow } from '../../domain/planning/plan-types';

/**
 * The baseline plan in the derived store: one row per postal area and year with every figure of the
 * metrics registry (the table is generated from it, so the store, the API and the CSV cannot drift
 * apart), and the basis it was computed from. Saved scenarios are not here: they live in the app store
 * with their inputs and their differences from this baseline.
 */
const KEY_SQL: Record<string, string> = {
  scenario: 'VARCHAR NOT NULL',
  postal_code: 'VARCHAR NOT NULL',
  municipality_code: 'VARCHAR NOT NULL',
  year: 'SMALLINT NOT NULL',
  is_forecast: 'BOOLEAN NOT NULL',
};

const quote = (c: string) => `"${c}"`;

export function planTableSql(): string {
  const columns = [
    ...Object.entries(KEY_SQL).map(([c, t]) => `${quote(c)} ${t}`),
    ...PLAN_METRIC_FIELDS.map((f) => `${quote(PLAN_METRICS[f].column)} ${PLAN_METRICS[f].sql}`),
  ];
  return `
    CREATE TABLE IF NOT EXISTS plan_result (${columns.join(', ')}, PRIMARY KEY (postal_code, year));
    -- What the plan was computed from: when it differs from the current model and data, it is stale.
    CREATE TABLE IF NOT EXISTS plan_basis (
      computed_at TIMESTAMP NOT NULL, model_version VARCHAR, data_fingerprint VARCHAR NOT NULL,
      engine VARCHAR NOT NULL, details VARCHAR NOT NULL
    );
    CREATE OR REPLACE VIEW public_plan AS
    SELECT ${PLAN_COLUMNS.map(([, c]) => (c === 'year' ? 'year::INTEGER AS year' : quote(c))).join(', ')} FROM plan_result;
    CREATE OR REPLACE VIEW public_plan_basis AS SELECT * FROM plan_basis;`;
}

function append(appender: DuckDBAppender, sql: string, value: unknown): void {
  if (value === null || value === undefined) return appender.appendNull();
  if (sql === 'VARCHAR') return appender.appendVarchar(String(value));
  if (sql === 'SMALLINT') return appender.appendSmallInt(value as number);
  if (sql === 'INTEGER') return appender.appendInteger(value as number);
  if (sql === 'DOUBLE') return appender.appendDouble(value as number);
  return appender.appendBoolean(value as boolean);
}

const sqlTypeOf = (field: keyof PlanRow): string =>
  field in PLAN_METRICS
    ? PLAN_METRICS[field as keyof typeof PLAN_METRICS].sql
    : KEY_SQL[PLAN_COLUMNS.find(([f]) => f === field)![1]].split(' ')[0];

export interface PlanBasis {
  modelVersion: string | null;
  dataFingerprint: string;
  /** Digest of the planning code: a new release re-plans. */
  engine: string;
  /** Rate year, units files, forecast origins: shown to readers. */
  details: object;
}

/** Replaces the stored baseline plan and its basis. */
export async function storeBaselinePlan(connection: DuckDBConnection, rows: readonly PlanRow[], basis: PlanBasis) {
  await connection.run('DELETE FROM plan_result; DELETE FROM plan_basis;');
  const appender = await connection.createAppender('plan_result');
  const types = PLAN_COLUMNS.map(([field]) => [field, sqlTypeOf(field)] as const);
  try {
    for (const row of rows) {
      for (const [field, sql] of types) append(appender, sql, row[field]);
      appender.endRow();
    }
  } finally {
    appender.closeSync();
  }
  await connection.run('INSERT INTO plan_basis VALUES ($at, $model::VARCHAR, $data, $engine, $details)', {
    at: new DuckDBTimestampValue(BigInt(Date.now()) * 1000n),
    model: basis.modelVersion,
    data: basis.dataFingerprint,
    engine: basis.engine,
    details: JSON.stringify(basis.details),
  });
}
