import 'server-only';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Piscina as PiscinaPool } from 'piscina';
import { AppError } from '../../../core/errors';
import type { EngineInput } from '../../../domain/offers/engine/types';
import type { ProposalResult } from '../../../workflows/offers/propose';
import type { ProposeTaskResult } from './propose-task';

/**
 * Proposals run in one worker thread of their own (HiGHS is single-threaded; one officer's run at a time
 * is plenty), loaded from the project root at run time like the scenario pool (server/compute/), so the
 * bundler never moves the solver's WebAssembly away from it. A second run waits; a queue of four answers busy.
 */
const holder = globalThis as typeof globalThis & { tilannehuoneProposePool?: PiscinaPool };
const runtimeRequire = createRequire(path.join(process.cwd(), 'package.json'));

function pool(): PiscinaPool {
  const { Piscina } = runtimeRequire('piscina') as typeof import('piscina');
  holder.tilannehuoneProposePool ??= new Piscina({
    filename: pathToFileURL(path.join(process.cwd(), 'server', 'offers', 'compute', 'propose-worker.mjs')).href,
    minThreads: 0,
    maxThreads: 1,
    maxQueue: 4,
    idleTimeout: 120_000,
  });
  return holder.tilannehuoneProposePool;
}

export async function proposeInWorker(input: EngineInput): Promise<ProposalResult> {
  let answer: ProposeTaskResult;
  try {
    answer = (await pool().run(input)) as ProposeTaskResult;
  } catch (err) {
    if (err instanceof Error && /task queue is at limit/i.test(err.message))
      throw new AppError('busy', 'Proposals are being computed; try again in a moment');
    if (err instanceof AppError) throw err;
    throw new AppError('internal', 'The proposal could not be computed', undefined, { cause: err });
  }
  if (!answer.ok) throw new AppError(answer.code, answer.message);
  return answer.result;
}
