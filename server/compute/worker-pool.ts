import 'server-only';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Piscina as PiscinaPool } from 'piscina';
import { AppError } from '../../core/errors';
import type { PlanTask, PlanTaskResult } from './plan-task';

/**
 * The bounded pool of worker threads that computes planners' scenarios, so a run never waits on the
 * request thread and 50 planners at once cannot stall another user's page. At most one thread per spare
 * core (at least one); a queue longer than 64 runs per thread (a few seconds of work) answers "busy" instead of growing.
 */
const THREADS = Math.max(1, Math.min(4, os.availableParallelism() - 1));
const MAX_QUEUE = THREADS * 64;

const holder = globalThis as typeof globalThis & { tilannehuonePlanPool?: PiscinaPool };

// Loaded from node_modules at run time: bundled by Next.js, piscina would look for its own worker file
// at a path that only exists at build time.
const runtimeRequire = createRequire(path.join(process.cwd(), 'package.json'));

function pool(): PiscinaPool {
  const { Piscina } = runtimeRequire('piscina') as typeof import('piscina');
  // The worker file is found from the project root (every command runs there), never bundled by Next.js.
  holder.tilannehuonePlanPool ??= new Piscina({
    filename: pathToFileURL(path.join(process.cwd(), 'server', 'compute', 'plan-worker.mjs')).href,
    minThreads: 1,
    maxThreads: THREADS,
    maxQueue: MAX_QUEUE,
    idleTimeout: 60_000,
  });
  return holder.tilannehuonePlanPool;
}

export async function runInPool(task: PlanTask): Promise<Extract<PlanTaskResult, { ok: true }>> {
  let result: PlanTaskResult;
  try {
    result = (await pool().run(task)) as PlanTaskResult;
  } catch (err) {
    if (err instanceof Error && /task queue is at limit/i.test(err.message)) {
      throw new AppError('busy', 'Too many scenario runs at once; try again in a moment');
    }
    throw new AppError('internal', 'The scenario could not be computed', undefined, { cause: err });
  }
  if (!result.ok) throw new AppError(result.code, result.message, [{ param: 'units', message: result.message }]);
  return result;
}
