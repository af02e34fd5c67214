import { isAppError, type ErrorCode } from '../../../core/errors';
import type { EngineInput } from '../../../domain/offers/engine/types';
import { proposePlaces, type ProposalResult } from '../../../workflows/offers/propose';

/**
 * One proposal run as a task of the offers worker thread (no database, no request thread). An AppError
 * (a pin that breaks a rule) crosses the thread boundary as data, so the officer sees its message.
 */
export type ProposeTaskResult = { ok: true; result: ProposalResult } | { ok: false; code: ErrorCode; message: string };

export async function runProposeTask(input: EngineInput): Promise<ProposeTaskResult> {
  try {
    return { ok: true, result: await proposePlaces(input) };
  } catch (err) {
    if (isAppError(err)) return { ok: false, code: err.code, message: err.message };
    throw err;
  }
}
