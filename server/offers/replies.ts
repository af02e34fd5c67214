import 'server-only';
import { AppError } from '../../core/errors';
import { listCohort } from '../../store/offers-cohort';
import { findReply } from '../../store/offers-replies';
import { offersPool } from './offers-pool';

/** A reply of the review queue, and the family of a child an officer names for it. */
export const replyById = async (id: number) => findReply(await offersPool(), id);

export async function familyOfChild(roundId: number, childId: string): Promise<number> {
  const child = (await listCohort(await offersPool(), roundId)).find((c) => c.childId === childId);
  if (!child) throw new AppError('bad_request', `No child ${childId} in the round`);
  return child.familyId;
}
