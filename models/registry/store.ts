import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { readRows } from '../../core/warehouse/with-warehouse';
import type { ForecastRow } from '../core/forecast-row';
import type { SummaryRow } from '../evaluation/summarise';
import type { ExplanationRow } from '../forecast/produce';

/** Reads and writes of the model registry, backtests and forecasts (app tables of the warehouse). */
export const registryRowSchema = z.object({
  version: z.string(),
  model: z.string(),
  cutoff: z.coerce.number().int(),
  backend: z.string(),
  hyperparameters: z.string(),
  data_fingerprint: z.string(),
  artefact_dir: z.string(),
  status: z.enum(['active', 'inactive', 'rejected']),
  summary: z.string(),
});
export type RegistryRow = z.infer<typeof registryRowSchema>;

export async function readActiveModel(connection: DuckDBConnection): Promise<RegistryRow | null> {
  const rows = await readRows(
    connection,
    `SELECT * FROM model_registry WHERE status = 'active' ORDER BY created_at DESC LIMIT 1`,
  );
  return rows.length ? registryRowSchema.parse(rows[0]) : null;
}

export async function readModel(connection: DuckDBConnection, version: string): Promise<RegistryRow | null> {
  const rows = await readRows(connection, `SELECT * FROM model_registry WHERE version = $version`, { version });
  return rows.length ? registryRowSchema.parse(rows[0]) : null;
}

export interface NewModel extends Omit<RegistryRow, 'status'> {
  dataFiles: string;
  note: string;
}

export async function insertModel(connection: DuckDBConnection, model: NewModel, activate: boolean): Promise<void> {
  if (activate) await connection.run(`UPDATE model_registry SET status = 'inactive' WHERE status = 'active'`);
  await connection.run(
    `INSERT INTO model_registry VALUES ($version, now(), $model, $cutoff, $backend, $hp, $fp, $files, $summary, $dir, $status, $note)`,
    {
      version: model.version,
      model: model.model,
      cutoff: model.cutoff,
      backend: model.backend,
      hp: model.hyperparameters,
      fp: model.data_fingerprint,
      files: model.dataFiles,
      summary: model.summary,
      dir: model.artefact_dir,
      status: activate ? 'active' : 'inactive',
      note: model.note,
    },
  );
}

export async function insertBacktest(
  connection: DuckDBConnection,
  version: string,
  rows: readonly SummaryRow[],
): Promise<void> {
  const appender = await connection.createAppender('model_backtest');
  const num = (x: number | null) => (x === null || Number.isNaN(x) ? appender.appendNull() : appender.appendDouble(x));
  for (const r of rows) {
    appender.appendVarchar(version);
    appender.appendVarchar(r.model);
    appender.appendVarchar(r.scope);
    appender.appendVarchar(r.ageGroup);
    appender.appendSmallInt(r.horizon);
    appender.appendVarchar(r.sizeClass);
    appender.appendInteger(r.n);
    [r.mape, r.medape, r.malpe, r.wape, r.coverage80, r.coverage95].forEach(num);
    if (r.bestBaseline === null) appender.appendNull();
    else appender.appendVarchar(r.bestBaseline);
    num(r.skill);
    appender.endRow();
  }
  appender.closeSync();
}

/** Replaces the stored forecast of one model version and origin (a re-run overwrites, never duplicates). */
export async function replaceForecast(
  connection: DuckDBConnection,
  version: string,
  origin: number,
  rows: readonly ForecastRow[],
  explanations: readonly ExplanationRow[],
): Promise<void> {
  await connection.run('DELETE FROM forecast WHERE model_version = $v AND origin = $o', { v: version, o: origin });
  await connection.run('DELETE FROM forecast_explanation WHERE model_version = $v AND origin = $o', {
    v: version,
    o: origin,
  });
  const createdAt = new Date().toISOString();
  const forecast = await connection.createAppender('forecast');
  const bound = (x: number) => (Number.isNaN(x) ? forecast.appendNull() : forecast.appendDouble(x));
  for (const r of rows) {
    forecast.appendVarchar(version);
    forecast.appendVarchar(r.model);
    forecast.appendSmallInt(origin);
    forecast.appendVarchar(r.postalCode);
    forecast.appendVarchar(r.municipalityCode);
    forecast.appendVarchar(r.ageGroup);
    forecast.appendSmallInt(r.year);
    forecast.appendSmallInt(r.horizon);
    forecast.appendDouble(r.mean);
    [r.lo80, r.hi80, r.lo95, r.hi95].forEach(bound);
    forecast.appendVarchar(createdAt);
    forecast.endRow();
  }
  forecast.closeSync();
  const explain = await connection.createAppender('forecast_explanation');
  for (const e of explanations) {
    explain.appendVarchar(version);
    explain.appendSmallInt(origin);
    explain.appendVarchar(e.postalCode);
    explain.appendVarchar(e.ageGroup);
    explain.appendSmallInt(e.year);
    explain.appendSmallInt(e.rank);
    explain.appendVarchar(e.driver);
    explain.appendDouble(e.effectPct);
    explain.appendVarchar(e.text);
    explain.endRow();
  }
  explain.closeSync();
}

/** Lineage of the data a model was trained on: files and their content hashes. */
export async function readDataVintage(connection: DuckDBConnection): Promise<{ fingerprint: string; files: string }> {
  const [meta] = z
    .array(z.object({ value: z.string() }))
    .parse(await readRows(connection, `SELECT value FROM meta WHERE key = 'fingerprint'`));
  const files = await readRows(connection, `SELECT file, sha256 FROM public_lineage ORDER BY file`);
  return { fingerprint: meta?.value ?? 'unknown', files: JSON.stringify(files) };
}
