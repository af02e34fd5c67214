import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../core/config/paths';

/**
 * The schema of the app store is a numbered list of SQL files, `NNN-short-name.sql`, applied in order
 * and never edited once applied. They are read from the project folder, not beside this module: the
 * Next.js bundler moves modules, while every command (npm scripts, the server) runs from the root.
 */
export interface MigrationFile {
  version: number;
  name: string;
  file: string;
  sql: string;
  checksum: string;
}

export const defaultMigrationsDir = (): string => path.join(projectRoot(), 'store', 'migrations');

const FILE_NAME = /^(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.sql$/;

/** The migration files of `dir` in version order; a misnamed or doubled file stops everything. */
export function readMigrationFiles(dir: string): MigrationFile[] {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((name) => name.endsWith('.sql'))
      .sort();
  } catch (err) {
    throw new Error(`cannot read the app store migrations in ${dir}: ${(err as Error).message}`, { cause: err });
  }
  const migrations = names.map((file) => {
    const match = FILE_NAME.exec(file);
    if (!match) throw new Error(`migration ${path.join(dir, file)} is not named NNN-short-name.sql`);
    const sql = readFileSync(path.join(dir, file), 'utf8');
    return { version: Number(match[1]), name: match[2], file, sql, checksum: checksumOf(sql) };
  });
  migrations.sort((a, b) => a.version - b.version);
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i].version === migrations[i - 1].version) {
      throw new Error(`migrations ${migrations[i - 1].file} and ${migrations[i].file} share a number`);
    }
  }
  return migrations;
}

/** SHA-256 of the text with line endings normalised, so a Windows checkout does not look "edited". */
export const checksumOf = (sql: string): string =>
  createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
