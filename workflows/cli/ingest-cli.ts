import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { rawDataDir, warehousePath } from '../../core/config/paths';
import { printCoverage } from '../../pipelines/coverage-report';
import { runIngest } from '../../pipelines/core/run-ingest';
import { SOURCES } from '../../pipelines/registry';

/** `npm run ingest [-- --force]`: builds data/warehouse.duckdb (or $TILANNEHUONE_DB) from data/raw. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--force');
  if (unknown.length > 0) throw new Error(`unknown argument ${unknown[0]} (usage: npm run ingest [-- --force])`);
  const dbPath = warehousePath();
  mkdirSync(path.dirname(dbPath), { recursive: true });
  const result = await runIngest({
    rawDir: rawDataDir(),
    dbPath,
    sources: SOURCES,
    force: args.includes('--force'),
    log: (line) => console.log(line),
  });
  if (result.changed) await printCoverage(dbPath);
  // CPU of the whole process (DuckDB's threads included): on a shared machine it moves much less than wall time.
  const cpu = process.cpuUsage();
  console.log(
    `cpu   ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (user ${(cpu.user / 1e6).toFixed(1)} s, system ${(cpu.system / 1e6).toFixed(1)} s)`,
  );
}

main().catch((err: unknown) => {
  console.error(`ingest failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
