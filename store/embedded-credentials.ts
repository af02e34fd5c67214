import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The superuser of an embedded server and its password, generated once when the data folder is first
 * created. They live in `<dataDir>.credentials.json` beside the folder, not in it: as root the data
 * folder belongs to the `postgres` OS user, and only this process's user should read the password.
 */
const credentialsSchema = z.object({
  user: z.string().regex(/^[a-z_][a-z0-9_]*$/),
  password: z.string().min(16),
});
export type EmbeddedCredentials = z.infer<typeof credentialsSchema>;

const SUPERUSER = 'tilannehuone';

export const credentialsPath = (dataDir: string): string => `${dataDir}.credentials.json`;

/** Credentials of `dataDir`, or null when it has none yet. */
export function readCredentials(dataDir: string): EmbeddedCredentials | null {
  const file = credentialsPath(dataDir);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not valid JSON`);
  }
  const parsed = credentialsSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${file} does not hold a user and a password`);
  // A copied or restored file may have lost its mode; the password must stay private.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return parsed.data;
}

/** Writes fresh credentials atomically (a half-written file would lock the data folder out). */
export function createCredentials(dataDir: string): EmbeddedCredentials {
  const credentials = { user: SUPERUSER, password: randomBytes(24).toString('base64url') };
  const file = credentialsPath(dataDir);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
  return credentials;
}

/** The URL of the server's `postgres` database, password included: log it only through redactUrl. */
export const serverUrl = ({ user, password }: EmbeddedCredentials, port: number): string =>
  `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
