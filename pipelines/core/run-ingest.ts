import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { readRows, withReadOnlyWarehouse } from '../../core/warehouse/with-warehouse';
import { isProcessAlive, swapIntoPlace, withWritableFile, withWriterLock } from '../../core/warehouse/publish';
import { loadVariableCatalogue } from '../catalogue/load-variable-catalogue';
import { planIngest, type IngestPlan } from './discover-files';
import { runChecks } from './run-checks';
import { readSql, runSqlFile } from './run-sql-file';
import { Sink } from './sink';
import type { Source } from './source';

/** Tables of pipelines/sql/app-tables.sql, whose rows survive a rebuild (read from the file, so a new one is kept too). */
const APP_TABLES = [...readSql('app-tables.sql').matchAll(/^CREATE TABLE (\w+)/gm)].map((m) => m[1]);

export interface IngestOptions {
  rawDir: string;
  dbPath: string;
  sources: readonly Source[];
  /** Rebuild even when inputs and code are unchanged. */
  force?: boolean;
  log?: (line: string) => void;
}

export interface IngestResult {
  changed: boolean;
  files: number;
  rows: number;
  ms: number;
}

/**
 * Builds the warehouse into a temporary file next to the target and renames it into place only
 * after every file loaded and every data-quality check passed. A failure - or a killed process -
 * therefore leaves the live warehouse exactly as it was; readers never see a half-built file.
 */
export async function runIngest(options: IngestOptions): Promise<IngestResult> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const plan = planIngest(options.rawDir, options.sources);
  for (const rel of plan.unmatched) log(`skip  ${rel}: no pipeline recognises this file name`);
  removeStaleBuilds(options.dbPath);
  if (!options.force && (await readFingerprint(options.dbPath)) === plan.fingerprint) {
    log(`warehouse ${options.dbPath} is up to date (${plan.files.length} files unchanged)`);
    return { changed: false, files: plan.files.length, rows: 0, ms: performance.now() - started };
  }
  return withWriterLock(options.dbPath, async () => {
    const tmpPath = `${options.dbPath}.tmp-${process.pid}`;
    try {
      const rows = await withWritableFile(tmpPath, async (connection) => {
        const total = await buildWarehouse(connection, plan, log);
        await keepAppTables(connection, options.dbPath, log);
        return total;
      });
      swapIntoPlace(tmpPath, options.dbPath);
      const ms = performance.now() - started;
      log(`done  ${plan.files.length} files, ${rows} rows in ${(ms / 1000).toFixed(1)} s -> ${options.dbPath}`);
      return { changed: true, files: plan.files.length, rows, ms };
    } finally {
      rmSync(tmpPath, { force: true });
      rmSync(`${tmpPath}.wal`, { force: true });
    }
  });
}

/** Model registry, forecasts and plans are not derived from raw files: carry them into the new build. */
async function keepAppTables(
  connection: DuckDBConnection,
  previous: string,
  log: (line: string) => void,
): Promise<void> {
  if (!existsSync(previous)) return;
  await connection.run(`ATTACH '${previous.replaceAll("'", "''")}' AS previous (READ_ONLY)`);
  try {
    const reader = await connection.runAndReadAll(
      `SELECT table_name FROM duckdb_tables() WHERE database_name = 'previous' AND table_name IN (${APP_TABLES.map((t) => `'${t}'`).join(', ')})`,
    );
    for (const [name] of reader.getRows() as [string][]) {
      await connection.run(`INSERT INTO main.${name} BY NAME SELECT * FROM previous.main.${name}`);
    }
    log(`keep  ${reader.getRows().length} model/forecast tables from the previous warehouse`);
  } finally {
    await connection.run('DETACH previous');
  }
}

async function buildWarehouse(
  connection: DuckDBConnection,
  plan: IngestPlan,
  log: (line: string) => void,
): Promise<number> {
  // Writing ~30 M strings dominates the build; trying FSST on every segment costs ~20 % of it and FSST won
  // only a few small segments (codes and names that dictionary compression stores about as well).
  // An optimisation only: a DuckDB that names its methods differently builds the same warehouse.
  await connection.run(`SET disabled_compression_methods = 'fsst,dict_fsst'`).catch(() => undefined);
  await runSqlFile(connection, 'schema.sql');
  await runSqlFile(connection, 'units.sql');
  await runSqlFile(connection, 'app-tables.sql');
  await loadVariableCatalogue(connection);
  const sink = await Sink.open(connection);
  const loadedAt = new Date().toISOString();
  let total = 0;
  for (const [i, { file, source }] of plan.files.entries()) {
    const t0 = performance.now();
    sink.startFile(i + 1);
    await source.load(file, sink);
    const rows = sink.rowsOf(i + 1);
    total += rows;
    await connection.run(
      `INSERT INTO source_file VALUES ($id, $source, $file, $sha, $bytes, $rows, $at::TIMESTAMP, $licence, $attribution)`,
      {
        id: i + 1,
        source: source.id,
        file: file.relPath,
        sha: file.sha256,
        bytes: file.bytes,
        rows,
        at: loadedAt,
        licence: source.licence,
        attribution: source.attribution,
      },
    );
    const ms = (performance.now() - t0).toFixed(0).padStart(5);
    log(
      `load  [${String(i + 1).padStart(2)}/${plan.files.length}] ${source.id.padEnd(22)} ${String(rows).padStart(8)} rows ${ms} ms  ${file.relPath}`,
    );
  }
  let t0 = performance.now();
  await sink.close();
  log(`write ${total} rows into the canonical tables in ${(performance.now() - t0).toFixed(0)} ms`);
  t0 = performance.now();
  await runSqlFile(connection, 'transforms.sql');
  await runSqlFile(connection, 'plan-views.sql');
  log(`sql   canonical tables and views built in ${(performance.now() - t0).toFixed(0)} ms`);
  t0 = performance.now();
  const checks = await runChecks(connection);
  log(`check ${checks} data-quality checks passed in ${(performance.now() - t0).toFixed(0)} ms`);
  await connection.run(`INSERT INTO meta VALUES ('fingerprint', $fp), ('built_at', $at)`, {
    fp: plan.fingerprint,
    at: loadedAt,
  });
  return total;
}

/** The fingerprint of the current warehouse, or null when there is none or it cannot be read. */
async function readFingerprint(dbPath: string): Promise<string | null> {
  if (!existsSync(dbPath)) return null;
  try {
    const rows = await withReadOnlyWarehouse(dbPath, (c) =>
      readRows(c, `SELECT value FROM meta WHERE key = 'fingerprint'`),
    );
    return (rows[0] as { value?: string } | undefined)?.value ?? null;
  } catch {
    return null;
  }
}

/** Temporary builds left by killed runs: never read by anyone. Builds of a live process are kept. */
function removeStaleBuilds(dbPath: string): void {
  const dir = path.dirname(dbPath);
  const prefix = `${path.basename(dbPath)}.tmp-`;
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number.parseInt(name.slice(prefix.length), 10);
    if (!isProcessAlive(pid)) rmSync(path.join(dir, name), { force: true });
  }
}
