import { chmodSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, expect, it } from 'vitest';
import { z } from 'zod';
import { createWarehouseReader } from '../../server/warehouse/reader';

/**
 * The web reader under the swaps that ingests, trainings and plan refreshes make: 20 times a new
 * warehouse file is renamed over the live one while readers keep querying. The old DuckDB instance is
 * closed only after its last query ends, so no query fails and the process does not crash.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'th-swap-'));
chmodSync(dir, 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const warehouse = path.join(dir, 'warehouse.duckdb');
const derived = path.join(dir, 'derived.duckdb');

async function build(file: string, version: number): Promise<void> {
  const instance = await DuckDBInstance.create(file);
  const c = await instance.connect();
  // A view that takes tens of milliseconds, so queries are still running when the next swap comes.
  await c.run(`CREATE TABLE area AS SELECT range AS id, ${version} AS version FROM range(200000);
               CREATE VIEW public_version AS
                 SELECT max(a.version) AS version, count(DISTINCT a.id) AS n FROM area a, range(20) r WHERE r.range >= 0;
               CHECKPOINT;`);
  c.closeSync();
  instance.closeSync();
}

it('20 swaps of the warehouse under concurrent reads: every read succeeds, none crashes', async () => {
  await build(warehouse, 0);
  await build(derived, 0);
  const reader = createWarehouseReader(() => ({ warehouse, derived }));
  const schema = z.object({ version: z.coerce.number(), n: z.coerce.number() });
  let swapping = true;
  const seen = new Set<number>();
  let reads = 0;
  const readLoop = async (k: number) => {
    while (swapping) {
      // Different parameters each time, so the cache does not answer for the database.
      const [row] = await reader.query(`SELECT version, n + 0 * $k AS n FROM public_version`, schema, { k: k + reads });
      expect(row.n).toBe(200000);
      seen.add(row.version);
      reads += 1;
    }
  };
  const swaps = (async () => {
    for (let v = 1; v <= 20; v += 1) {
      const next = `${warehouse}.tmp-${v}`;
      await build(next, v);
      renameSync(next, warehouse);
      await new Promise((r) => setTimeout(r, 30));
    }
    swapping = false;
  })();
  await Promise.all([swaps, ...Array.from({ length: 6 }, (_, k) => readLoop(k))]);
  const [last] = await reader.query('SELECT version, n FROM public_version', schema);
  expect(last.version).toBe(20);
  expect(seen.size).toBeGreaterThan(1);
  expect(reads).toBeGreaterThan(20);
  await reader.close();
}, 120_000);
