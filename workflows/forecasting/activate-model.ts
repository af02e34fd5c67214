import { z } from 'zod';
import { badRequest, notFound } from '../../core/errors';
import { readRows } from '../../core/warehouse/with-warehouse';
import { activateModel } from '../../models/registry/store';
import { updateDerived } from '../derived/derived-store';

export const modelVersionSchema = z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/, 'a model version name');

/**
 * Makes a registered model version the active one (activate a new version or roll back to an earlier
 * one). Only a version with its own stored forecasts can be active: the dashboard would otherwise show
 * nothing. The plan follows by itself (its basis names the old version, so a refresh recomputes it).
 */
export async function activateVersion(
  version: string,
  log: (line: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ previous: string[] }> {
  log(`activate ${version} ...`);
  const previous = await updateDerived(
    async (c) => {
      const [row] = z.array(z.object({ status: z.string(), runs: z.coerce.number() })).parse(
        await readRows(
          c,
          `SELECT status, (SELECT count(*) FROM forecast_run r WHERE r.model_version = m.version AND r.kind = 'model') AS runs
             FROM model_registry m WHERE version = $v`,
          { v: version },
        ),
      );
      if (!row) throw notFound(`no model version ${version} in the registry`);
      if (row.status === 'active') return [];
      if (row.runs === 0) throw badRequest(`model version ${version} has no stored forecasts; it cannot be activated`);
      return activateModel(c, version, `activated by hand ${new Date().toISOString().slice(0, 19)}Z`);
    },
    { waitMs: 5 * 60_000, onWait: () => log('waiting for another writer of the derived store ...') },
    env,
  );
  log(`model ${version} is active (was: ${previous.join(', ') || 'none'})`);
  return { previous };
}
