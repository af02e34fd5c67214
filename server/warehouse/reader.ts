import { existsSync, statSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { isAppError, unavailable } from '../../core/errors';
import { attachStatements, type AnalyticsFiles } from '../../core/warehouse/with-warehouse';

/**
 * The one warehouse reader of the web process. It reads the open-data warehouse and the derived store
 * together (attached read-only to an in-memory DuckDB) and follows their swaps: writers replace a file
 * by rename, which changes its identity, and the next query opens a new "generation" on the new files.
 *
 * An old generation is retired - closed - only after its last query has finished. Closing a DuckDB
 * instance under a running query crashes the process, so every query holds its generation open.
 */
type Params = Record<string, string | number | boolean | null>;

interface Generation {
  identity: string;
  instance: DuckDBInstance;
  connection: DuckDBConnection;
  running: number;
  retired: boolean;
  /** Results of this generation: its files never change (writers swap in new ones). */
  cache: Map<string, Promise<unknown[]>>;
  relations?: Promise<Set<string>>;
}

export interface WarehouseReader {
  /** Runs one read query with `$name` parameters; each row parsed with the caller's schema. */
  query<S extends z.ZodType>(sql: string, schema: S, params?: Params): Promise<z.output<S>[]>;
  /** True when a table or view of this name exists in either file. */
  hasRelation(name: string): Promise<boolean>;
  /**
   * A value derived from the data (a parsed, disclosure-controlled answer, say), built once per
   * generation: the files cannot change under it, and a swap starts afresh.
   */
  memo<T>(key: string, build: () => Promise<T>): Promise<T>;
  /**
   * Runs a loader shared with the CLIs (it takes a DuckDB connection) on the current generation, held
   * open until the loader is done.
   */
  withConnection<T>(job: (connection: DuckDBConnection) => Promise<T>): Promise<T>;
  /** Identity of the files being served: a key for caches and ETags. */
  identity(): Promise<string>;
  close(): Promise<void>;
}

const CACHE_ENTRIES = 2000;

const fileIdentity = (path: string) => {
  if (!existsSync(path)) return 'none';
  const s = statSync(path);
  return `${s.ino}:${s.mtimeMs}:${s.size}`;
};

/** A reader of the given files (`files` is asked on every query, so tests and config may move them). */
export function createWarehouseReader(files: () => AnalyticsFiles): WarehouseReader {
  let current: Generation | undefined;
  let opening: Promise<Generation> | undefined;
  const retiring = new Set<Generation>();

  const identityOf = (f: AnalyticsFiles) => `${fileIdentity(f.warehouse)}|${fileIdentity(f.derived)}`;

  const closeIfIdle = (g: Generation) => {
    if (!g.retired || g.running > 0) return;
    retiring.delete(g);
    g.connection.closeSync();
    g.instance.closeSync();
  };

  async function open(f: AnalyticsFiles, identity: string): Promise<Generation> {
    if (!existsSync(f.warehouse)) throw unavailable();
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      await connection.run(attachStatements(f));
    } catch (err) {
      connection.closeSync();
      instance.closeSync();
      throw err;
    }
    return { identity, instance, connection, running: 0, retired: false, cache: new Map() };
  }

  /** The generation for the files as they are now, held open until `release`. */
  async function acquire(): Promise<Generation> {
    const f = files();
    const identity = identityOf(f);
    if (current?.identity !== identity) {
      opening ??= open(f, identity).finally(() => (opening = undefined));
      const next = await opening;
      if (current !== next && current?.identity !== identity) {
        const previous = current;
        current = next;
        if (previous) {
          previous.retired = true;
          retiring.add(previous);
          closeIfIdle(previous);
        }
      }
    }
    const g = current!;
    g.running += 1;
    return g;
  }

  const release = (g: Generation) => {
    g.running -= 1;
    closeIfIdle(g);
  };

  function runOn(g: Generation, sql: string, params: Params): Promise<unknown[]> {
    const key = `${sql}\u0000${JSON.stringify(params)}`;
    let pending = g.cache.get(key);
    if (pending) {
      g.cache.delete(key); // LRU: move to the newest end
    } else {
      pending = g.connection.runAndReadAll(sql, params).then((r) => r.getRowObjectsJson() as unknown[]);
      pending.catch(() => g.cache.delete(key));
    }
    g.cache.set(key, pending);
    if (g.cache.size > CACHE_ENTRIES) g.cache.delete(g.cache.keys().next().value!);
    return pending;
  }

  async function withGeneration<T>(job: (g: Generation) => Promise<T>): Promise<T> {
    let g: Generation;
    try {
      g = await acquire();
    } catch (err) {
      console.error('[warehouse] open failed:', err);
      throw unavailable();
    }
    try {
      return await job(g);
    } catch (err) {
      if (isAppError(err)) throw err;
      // The reader never shows SQL or paths: the details go to the server log only.
      console.error('[warehouse] query failed:', err);
      throw unavailable();
    } finally {
      release(g);
    }
  }

  async function query<S extends z.ZodType>(sql: string, schema: S, params: Params = {}): Promise<z.output<S>[]> {
    const raw = await withGeneration((g) => runOn(g, sql, params));
    return raw.map((row) => schema.parse(row));
  }

  const RELATIONS_SQL = 'SELECT table_name AS name FROM duckdb_tables() UNION SELECT view_name FROM duckdb_views()';
  function hasRelation(name: string): Promise<boolean> {
    return withGeneration(async (g) => {
      g.relations ??= runOn(g, RELATIONS_SQL, {}).then(
        (r) => new Set((r as { name: string }[]).map((x) => x.name)),
        (err: unknown) => {
          g.relations = undefined;
          throw err;
        },
      );
      return (await g.relations).has(name);
    });
  }

  function memo<T>(key: string, build: () => Promise<T>): Promise<T> {
    return withGeneration(async (g) => {
      const k = `memo\u0000${key}`;
      let hit = g.cache.get(k) as Promise<unknown> | undefined;
      if (!hit) {
        hit = build();
        hit.catch(() => g.cache.delete(k));
        g.cache.set(k, hit as Promise<unknown[]>);
        if (g.cache.size > CACHE_ENTRIES) g.cache.delete(g.cache.keys().next().value!);
      }
      return hit as Promise<T>;
    });
  }

  const identity = () => withGeneration(async (g) => g.identity);

  async function close(): Promise<void> {
    for (const g of [current, ...retiring]) {
      if (!g) continue;
      g.retired = true;
      closeIfIdle(g);
    }
    current = undefined;
  }

  const withConnection = <T>(job: (connection: DuckDBConnection) => Promise<T>) =>
    withGeneration((g) => job(g.connection));

  return { query, hasRelation, memo, withConnection, identity, close };
}
