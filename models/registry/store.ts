import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { readRows, relationExists } from '../../core/warehouse/with-warehouse';
import type { ForecastRow } from '../core/forecast-row';
import type { SummaryRow } from '../evaluation/summarise';
import type { ExplanationRow } from '../forecast/produce';
import type { Artefact } from '../network/artefacts';

/**
 * Reads and writes of the model registry, backtests and forecast runs in the derived store
 * (models/registry/schema.sql). Writes run inside core/warehouse/publish.ts, so a failed job publishes
 * nothing; reads see the derived store attached next to the warehouse.
 */

/** The registry's tables and views; applied to every new version of the derived store. */
export async function applyRegistrySchema(connection: DuckDBConnection): Promise<void> {
  await connection.run(readFileSync(path.join(process.cwd(), 'models', 'registry', 'schema.sql'), 'utf8'));
}

export const registryRowSchema = z.object({
  version: z.string(),
  model: z.string(),
  cutoff: z.coerce.number().int(),
  backend: z.string(),
  hyperparameters: z.string(),
  data_fingerprint: z.string(),
  status: z.enum(['active', 'inactive', 'rejected']),
  summary: z.string(),
});
export type RegistryRow = z.infer<typeof registryRowSchema>;

/** The active model, or null (also before the first training has created the derived store). */
export async function readActiveModel(connection: DuckDBConnection): Promise<RegistryRow | null> {
  if (!(await relationExists(connection, 'active_model'))) return null;
  const rows = await readRows(connection, 'SELECT * FROM active_model');
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
    `INSERT INTO model_registry (version, created_at, model, cutoff, backend, hyperparameters, data_fingerprint, data_files, summary, status, note)
     VALUES ($version, now(), $model, $cutoff, $backend, $hp, $fp, $files, $summary, $status, $note)`,
    {
      version: model.version,
      model: model.model,
      cutoff: model.cutoff,
      backend: model.backend,
      hp: model.hyperparameters,
      fp: model.data_fingerprint,
      files: model.dataFiles,
      summary: model.summary,
      status: activate ? 'active' : 'inactive',
      note: model.note,
    },
  );
}

/** Makes `version` the active model (activation or roll-back); returns the versions it replaces. */
export async function activateModel(connection: DuckDBConnection, version: string, note: string): Promise<string[]> {
  const previous = z.array(z.object({ version: z.string() })).parse(
    await readRows(connection, `SELECT version FROM model_registry WHERE status = 'active' AND version <> $v`, {
      v: version,
    }),
  );
  await connection.run(`UPDATE model_registry SET status = 'inactive' WHERE status = 'active' AND version <> $v`, {
    v: version,
  });
  await connection.run(
    `UPDATE model_registry SET status = 'active', note = concat_ws('; ', nullif(note, ''), $note) WHERE version = $v`,
    { v: version, note },
  );
  return previous.map((p) => p.version);
}

const num = (appender: DuckDBAppender, x: number | null) =>
  x === null || Number.isNaN(x) ? appender.appendNull() : appender.appendDouble(x);

export async function insertBacktest(
  connection: DuckDBConnection,
  version: string,
  rows: readonly SummaryRow[],
): Promise<void> {
  const appender = await connection.createAppender('model_backtest');
  for (const r of rows) {
    appender.appendVarchar(version);
    appender.appendVarchar(r.model);
    appender.appendVarchar(r.scope);
    appender.appendVarchar(r.ageGroup);
    appender.appendSmallInt(r.horizon);
    appender.appendVarchar(r.sizeClass);
    appender.appendInteger(r.n);
    for (const x of [r.mape, r.medape, r.malpe, r.wape, r.coverage80, r.coverage95]) num(appender, x);
    if (r.bestBaseline === null) appender.appendNull();
    else appender.appendVarchar(r.bestBaseline);
    num(appender, r.skill);
    appender.endRow();
  }
  appender.closeSync();
}

export interface ForecastRun {
  runId: string;
  modelVersion: string;
  /** 'model': the version's own forecasts (the dashboard shows the active one's); 'experiment': an analyst's. */
  kind: 'model' | 'experiment';
  origin: number;
  dataFingerprint: string;
}

/** Stores a forecast run with its rows and explanations (a run written again replaces itself). */
export async function writeForecastRun(
  connection: DuckDBConnection,
  run: ForecastRun,
  rows: readonly ForecastRow[],
  explanations: readonly ExplanationRow[],
): Promise<void> {
  for (const table of ['forecast_run', 'forecast', 'forecast_explanation']) {
    await connection.run(`DELETE FROM ${table} WHERE run_id = $r`, { r: run.runId });
  }
  await connection.run(`INSERT INTO forecast_run VALUES ($r, $v, $k, $o, now(), $fp)`, {
    r: run.runId,
    v: run.modelVersion,
    k: run.kind,
    o: run.origin,
    fp: run.dataFingerprint,
  });
  const forecast = await connection.createAppender('forecast');
  for (const r of rows) {
    forecast.appendVarchar(run.runId);
    forecast.appendVarchar(r.model);
    forecast.appendSmallInt(r.origin);
    forecast.appendVarchar(r.postalCode);
    forecast.appendVarchar(r.municipalityCode);
    forecast.appendVarchar(r.ageGroup);
    forecast.appendSmallInt(r.year);
    forecast.appendSmallInt(r.horizon);
    forecast.appendDouble(r.mean);
    for (const x of [r.lo80, r.hi80, r.lo95, r.hi95]) num(forecast, x);
    forecast.endRow();
  }
  forecast.closeSync();
  const explain = await connection.createAppender('forecast_explanation');
  for (const e of explanations) {
    explain.appendVarchar(run.runId);
    explain.appendSmallInt(e.origin);
    explain.appendVarchar(e.postalCode);
    explain.appendVarchar(e.ageGroup);
    explain.appendSmallInt(e.year);
    explain.appendSmallInt(e.rank);
    explain.appendVarchar(e.driver);
    explain.appendDouble(e.effectPct);
    explain.endRow();
  }
  explain.closeSync();
}

/** A version's network files for one origin (see models/network/artefacts.ts). */
export async function insertArtefacts(
  connection: DuckDBConnection,
  version: string,
  origin: number,
  artefacts: readonly Artefact[],
): Promise<void> {
  for (const a of artefacts) {
    await connection.run(`INSERT INTO model_artefact VALUES ($v, $o, $n, from_base64($b))`, {
      v: version,
      o: origin,
      n: a.name,
      b: a.bytes.toString('base64'),
    });
  }
}

/** Lineage of the data a model was trained on: the warehouse fingerprint, files and their content hashes. */
export async function readDataVintage(connection: DuckDBConnection): Promise<{ fingerprint: string; files: string }> {
  const [meta] = z
    .array(z.object({ value: z.string() }))
    .parse(await readRows(connection, `SELECT value FROM meta WHERE key = 'fingerprint'`));
  const files = await readRows(connection, `SELECT file, sha256 FROM public_lineage ORDER BY file`);
  return { fingerprint: meta?.value ?? 'unknown', files: JSON.stringify(files) };
}
