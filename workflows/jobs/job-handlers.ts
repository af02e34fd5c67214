import { rmSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { rawDataDir, uploadStaging, warehousePath } from '../../core/config/paths';
import { badRequest } from '../../core/errors';
import { SOURCES } from '../../pipelines/registry';
import type { JobKind, JobRecord } from '../../store/jobs';
import { scenariosForRefresh, storeScenarioResult } from '../../store/scenarios';
import { activateVersion } from '../forecasting/activate-model';
import { trainModel } from '../forecasting/train-model';
import { refreshPlan, type ScenarioResults } from '../planning/refresh-plan';
import { refreshWellbeing } from '../wellbeing/refresh-wellbeing';
import { ingestUpload } from '../upload/ingest-upload';

/**
 * What each kind of background job does: the same workflows the CLIs run, called in the runner's
 * process with a progress callback (no output parsing). A handler's result is stored with the job.
 */
export interface JobContext {
  job: JobRecord;
  pool: pg.Pool;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

/** Saved scenarios as the plan refresh sees them. */
export const scenarioResultsOf = (pool: pg.Pool): ScenarioResults => ({
  listForRefresh: () => scenariosForRefresh(pool),
  storeResult: (id, basis, differing) => storeScenarioResult(pool, id, basis, differing),
});

export const JOB_HANDLERS: Record<JobKind, (ctx: JobContext) => Promise<unknown>> = {
  train: async ({ env, log }) => {
    return trainModel({ env, log });
  },
  activate: async ({ job, env, log }) => {
    if (!job.args.version) throw badRequest('the activation names no version');
    return activateVersion(job.args.version, log, env);
  },
  upload: async ({ job, env, log }) => {
    const { file, folder } = job.args;
    if (!file || !folder) throw badRequest('the upload names no file or folder');
    const staging = uploadStaging(job.id, env);
    try {
      const result = await ingestUpload({
        uploadPath: path.join(staging, file),
        folder,
        rawDir: rawDataDir(env),
        dbPath: warehousePath(env),
        sources: SOURCES,
        workDir: path.join(staging, 'work'),
        log,
      });
      log(`done  ${result.relPath} loaded by ${result.source}`);
      return result;
    } finally {
      // Loaded files are kept in the raw folder; refused ones are not kept at all.
      rmSync(staging, { recursive: true, force: true });
    }
  },
  // A refresh follows new data or a new model: the wellbeing tables follow the same data (no-op when fresh).
  refresh: async ({ pool, env, log }) => ({
    ...(await refreshPlan({ env, log, scenarios: scenarioResultsOf(pool) })),
    wellbeing: await refreshWellbeing({ env, log }),
  }),
};
