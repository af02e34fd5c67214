import type pg from 'pg';
import { z } from 'zod';
import { defaultMigrationsDir, readMigrationFiles, type MigrationFile } from './migration-files';
import { withTransaction } from './transaction';

/**
 * Brings the app store's schema up to date when a process starts. Each pending migration runs in a
 * transaction of its own (a failing one leaves the schema at the previous version, never half-way),
 * holding an advisory lock, so when the web server and a CLI start together one migrates and the
 * other waits and then finds nothing to do. Applied files are checked against their checksums: a
 * schema that no longer matches the code is refused at start rather than discovered by a user.
 */
export interface MigrateOptions {
  /** Tests point this at a folder of their own; the product uses store/migrations. */
  migrationsDir?: string;
}

export interface MigrateResult {
  /** Files applied by this call, in order (empty when the schema was up to date). */
  applied: string[];
  /** The schema version the store is at now. */
  version: number;
}

/** Any constant works; it only has to differ from other advisory locks taken in the same database. */
const MIGRATION_LOCK = 7_215_301_001;

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INT PRIMARY KEY,
  name TEXT NOT NULL,
  checksum TEXT NOT NULL,
  applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
)`;

const appliedRowSchema = z.object({ version: z.number().int(), name: z.string(), checksum: z.string() });
type AppliedRow = z.infer<typeof appliedRowSchema>;

export async function migrateAppStore(
  pool: pg.Pool,
  log: (line: string) => void,
  { migrationsDir = defaultMigrationsDir() }: MigrateOptions = {},
): Promise<MigrateResult> {
  const files = readMigrationFiles(migrationsDir);
  const applied: string[] = [];
  for (;;) {
    const started = Date.now();
    const next = await withTransaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query(CREATE_MIGRATIONS_TABLE);
      const { rows } = await client.query('SELECT version, name, checksum FROM schema_migrations ORDER BY version');
      const pending = findPending(z.array(appliedRowSchema).parse(rows), files, migrationsDir);
      if (pending) await applyMigration(client, pending);
      return pending;
    });
    if (!next) break;
    applied.push(next.file);
    log(`app store: applied migration ${next.file} (${Date.now() - started} ms)`);
  }
  return { applied, version: files.at(-1)?.version ?? 0 };
}

/** The first file not applied yet, after checking that what was applied still matches the files. */
function findPending(rows: AppliedRow[], files: MigrationFile[], dir: string): MigrationFile | null {
  const byVersion = new Map(files.map((f) => [f.version, f]));
  for (const row of rows) {
    const file = byVersion.get(row.version);
    const label = `${String(row.version).padStart(3, '0')}-${row.name}.sql`;
    if (!file) {
      throw new Error(
        `the app store has migration ${label} applied but ${dir} has no such file: this code is older than the database`,
      );
    }
    if (file.checksum !== row.checksum) {
      throw new Error(
        `migration ${file.file} was edited after it was applied to the app store (checksum ${row.checksum.slice(0, 12)} is now ${file.checksum.slice(0, 12)}): restore it and put the change in a new migration`,
      );
    }
  }
  const latest = rows.at(-1)?.version ?? 0;
  const pending = files.find((f) => !rows.some((r) => r.version === f.version)) ?? null;
  if (pending && pending.version < latest) {
    throw new Error(
      `migration ${pending.file} is numbered before ${String(latest).padStart(3, '0')}, which is already applied: give it a number after it`,
    );
  }
  return pending;
}

async function applyMigration(client: pg.PoolClient, migration: MigrationFile): Promise<void> {
  try {
    await client.query(migration.sql);
  } catch (err) {
    const position = Number((err as { position?: string }).position);
    const line = position > 0 ? ` at line ${migration.sql.slice(0, position - 1).split('\n').length}` : '';
    throw new Error(`migration ${migration.file} failed${line}: ${(err as Error).message}`, { cause: err });
  }
  await client.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
    migration.version,
    migration.name,
    migration.checksum,
  ]);
}
