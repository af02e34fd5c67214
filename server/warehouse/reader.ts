import 'server-only';
import { statSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { warehousePath } from '../../core/config/paths';

/** What a caller may show a user: no paths, no SQL, no database internals. */
export class WarehouseUnavailableError extends Error {
  constructor() {
    super('The data warehouse is not available. Run `npm run ingest` and reload.');
    this.name = 'WarehouseUnavailableError';
  }
}

interface OpenWarehouse {
  instance: DuckDBInstance;
  connection: DuckDBConnection;
  /** Identity of the file we opened; ingest swaps in a new file by rename, which changes it. */
  identity: string;
  /** Read results of this file: the file never changes while open (writers swap in a new file). */
  cache: Map<string, Promise<unknown[]>>;
  relations?: Promise<Set<string>>;
}

let open: OpenWarehouse | undefined;
let opening: Promise<OpenWarehouse> | undefined;

/** Bounded result cache per warehouse file: keeps the API fast under load (see bench/web.ts). */
const CACHE_ENTRIES = 2000;

function fileIdentity(path: string): string {
  const s = statSync(path);
  return `${s.ino}:${s.mtimeMs}:${s.size}`;
}

/**
 * The web server only reads: it opens the warehouse READ_ONLY and reopens it when `npm run ingest`
 * (or train/plan) has atomically replaced the file, so a rebuild is picked up without a restart.
 */
async function current(): Promise<OpenWarehouse> {
  const path = warehousePath();
  const identity = fileIdentity(path);
  if (open?.identity === identity) return open;
  if (opening) {
    const o = await opening;
    if (o.identity === identity) return o;
  }
  opening = (async () => {
    const previous = open;
    open = undefined;
    previous?.connection.closeSync();
    previous?.instance.closeSync();
    const instance = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
    const o: OpenWarehouse = { instance, connection: await instance.connect(), identity, cache: new Map() };
    open = o;
    return o;
  })();
  try {
    return await opening;
  } finally {
    opening = undefined;
  }
}

/** Identity of the warehouse file currently served (for caches and ETags). */
export async function warehouseIdentity(): Promise<string> {
  try {
    return (await current()).identity;
  } catch (err) {
    console.error('[warehouse] open failed:', err);
    throw new WarehouseUnavailableError();
  }
}

type Params = Record<string, string | number | boolean | null>;

async function run(sql: string, params: Params): Promise<unknown[]> {
  const o = await current();
  const key = `${sql}\u0000${JSON.stringify(params)}`;
  const hit = o.cache.get(key);
  if (hit) {
    // LRU: re-insert to mark as recently used.
    o.cache.delete(key);
    o.cache.set(key, hit);
    return hit;
  }
  const pending = o.connection.runAndReadAll(sql, params).then((r) => r.getRowObjectsJson() as unknown[]);
  o.cache.set(key, pending);
  if (o.cache.size > CACHE_ENTRIES) o.cache.delete(o.cache.keys().next().value!);
  pending.catch(() => o.cache.delete(key));
  return pending;
}

/** Runs one read query with named `$params` and parses every row with the caller's zod schema. */
export async function queryRows<S extends z.ZodType>(
  sql: string,
  schema: S,
  params: Params = {},
): Promise<z.output<S>[]> {
  let rows: unknown[];
  try {
    rows = await run(sql, params);
  } catch (err) {
    console.error('[warehouse] query failed:', err);
    throw new WarehouseUnavailableError();
  }
  return rows.map((row) => schema.parse(row));
}

const relationSchema = z.object({ table_name: z.string() });

/**
 * True when the warehouse has this view or table. Views written by later steps (public_plan,
 * public_units) may not exist yet in an older warehouse; callers then show an explanatory note.
 */
export async function hasRelation(name: string): Promise<boolean> {
  let o: OpenWarehouse;
  try {
    o = await current();
  } catch (err) {
    console.error('[warehouse] open failed:', err);
    throw new WarehouseUnavailableError();
  }
  o.relations ??= queryRows('SELECT table_name FROM information_schema.tables', relationSchema).then(
    (rows) => new Set(rows.map((r) => r.table_name)),
    (err: unknown) => {
      o.relations = undefined;
      throw err;
    },
  );
  return (await o.relations).has(name);
}

const memoStore = new Map<string, { identity: string; value: Promise<unknown> }>();
const MEMO_ENTRIES = 5000;

/**
 * Memoises a derived value (a parsed, disclosure-controlled API body, say) for as long as the same
 * warehouse file is served: the file only changes by an atomic swap, which changes its identity.
 */
export async function memoByWarehouse<T>(key: string, build: () => Promise<T>): Promise<T> {
  const identity = await warehouseIdentity();
  const hit = memoStore.get(key);
  if (hit && hit.identity === identity) return hit.value as Promise<T>;
  const value = build();
  memoStore.set(key, { identity, value });
  if (memoStore.size > MEMO_ENTRIES) memoStore.delete(memoStore.keys().next().value!);
  value.catch(() => memoStore.delete(key));
  return value;
}
