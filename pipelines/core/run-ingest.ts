import { existsSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { readRows, withReadOnlyWarehouse } from '../../core/warehouse/with-warehouse';
import { publishFile, tidyLeftoverBuilds } from '../../core/warehouse/publish';
import { loadVariableCatalogue } from '../catalogue/load-variable-catalogue';
import { planIngest, type IngestPlan } from './discover-files';
import { runChecks } from './run-checks';
import { runSqlFile } from './run-sql-file';
import { Sink } from './sink';
import type { Source } from './source';

export interface IngestOptions {
  rawDir: string;
  dbPath: string;
  sources: readonly Source[];
  /** Rebuild even when inputs and code are unchanged. */
  force?: boolean;
  /** Wait this long for another writer of the warehouse (a background job waits; a CLI fails at once). */
  waitMs?: number;
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
  if (!options.force && (await readFingerprint(options.dbPath)) === plan.fingerprint) {
    await tidyLeftoverBuilds(options.dbPath);
    log(`warehouse ${options.dbPath} is up to date (${plan.files.length} files unchanged)`);
    return { changed: false, files: plan.files.length, rows: 0, ms: performance.now() - started };
  }
  // Open data only: forecasts, plans and everything users write live elsewhere, so a rebuild copies nothing.
  const wait = { waitMs: options.waitMs, onWait: () => log('waiting for another writer of the warehouse ...') };
  const rows = await publishFile(options.dbPath, { fromLive: false, ...wait }, (connection) =>
    buildWarehouse(connection, plan, log),
  );
  const ms = performance.now() - started;
  log(`done  ${plan.files.length} files, ${rows} rows in ${(ms / 1000).toFixed(1)} s -> ${options.dbPath}`);
  return { changed: true, files: plan.files.length, rows, ms };
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
  await runSqlFile(connection, 'units-views.sql');
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
