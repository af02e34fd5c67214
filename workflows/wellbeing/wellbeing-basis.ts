import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { readRows, relationExists } from '../../core/warehouse/with-warehouse';

/**
 * What the stored wellbeing tables were computed from: the warehouse fingerprint, a digest of the wing's
 * code (rules, models, workflow, catalogue) and the small-count threshold (it decides which shares enter
 * the index). When any of them differs, the tables are stale and the refresh recomputes them.
 */
const CODE_DIRS = ['domain/wellbeing', 'models/wellbeing', 'workflows/wellbeing', 'workflows/wellbeing/sql'];

export function wellbeingCodeDigest(root = process.cwd()): string {
  const hash = createHash('sha256');
  for (const dir of CODE_DIRS) {
    for (const name of readdirSync(path.join(root, dir)).sort()) {
      if (!/\.(ts|sql|json)$/.test(name) || name.endsWith('.test.ts')) continue;
      hash.update(`${dir}/${name}\n`).update(readFileSync(path.join(root, dir, name)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

export interface WellbeingBasis {
  dataFingerprint: string;
  codeDigest: string;
  smallCount: number;
}

const storedSchema = z.object({
  data_fingerprint: z.string(),
  code_digest: z.string(),
  small_count: z.coerce.number(),
});

/** Why the stored tables no longer match, or '' when they do. */
export async function wellbeingStaleReason(connection: DuckDBConnection, current: WellbeingBasis): Promise<string> {
  if (!(await relationExists(connection, 'wellbeing_basis'))) return 'nothing has been computed yet';
  const [stored] = z.array(storedSchema).parse(await readRows(connection, 'SELECT * FROM wellbeing_basis'));
  if (!stored) return 'nothing has been computed yet';
  if (stored.data_fingerprint !== current.dataFingerprint) return 'the open data changed';
  if (stored.code_digest !== current.codeDigest) return 'the wellbeing rules or models changed';
  if (stored.small_count !== current.smallCount) return 'the small-count threshold changed';
  return '';
}
