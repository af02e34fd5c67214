import { existsSync, statSync } from 'node:fs';
import { analyticsFiles } from '../../core/warehouse/with-warehouse';
import { readAnalytics } from '../derived/derived-store';
import { checkPlanBasis, planningEngineDigest } from '../planning/refresh-plan';

/**
 * Why the stored plan no longer matches its basis, or null when it does. A basis can only change when
 * one of the two analytics files is replaced, so the check reads them only after a swap; the planning
 * code's digest is computed once per process (code changes with a restart).
 */
let engine: string | undefined;
let lastFresh: string | undefined;

const identityOf = (file: string) => (existsSync(file) ? `${statSync(file).ino}:${statSync(file).mtimeMs}` : 'none');

export async function planIsStale(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  const files = analyticsFiles(env);
  const identity = `${identityOf(files.warehouse)}|${identityOf(files.derived)}`;
  if (identity === lastFresh) return null;
  engine ??= planningEngineDigest();
  const check = await readAnalytics((c) => checkPlanBasis(c, engine!), env);
  lastFresh = check.stale ? undefined : identity;
  return check.stale ? check.reason : null;
}
