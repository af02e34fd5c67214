import 'server-only';
import { AppError } from '../../core/errors';
import type { OfferUnit } from '../../domain/offers/offer-unit';
import { listCohort, type StoredChild } from '../../store/offers-cohort';
import { listDecisions, type DecisionRecord } from '../../store/offers-decisions';
import type { RoundRecord } from '../../store/offers-rounds';
import { offersPool } from './offers-pool';
import { offerUnitsOf } from './units';

/** What a decision document shows: the decision, the child, the unit and the round's appeal instructions. */
export interface DecisionDocument {
  round: RoundRecord;
  decision: DecisionRecord;
  child: StoredChild;
  unit: OfferUnit | null;
}

export async function decisionDocument(round: RoundRecord, offerId: number): Promise<DecisionDocument> {
  const pool = await offersPool();
  const [decision] = await listDecisions(pool, round.id, { offerId });
  if (!decision) throw new AppError('not_found', 'No decision for this offer');
  const child = (await listCohort(pool, round.id)).find((c) => c.childId === decision.childId)!;
  const unit = decision.unitId
    ? ((await offerUnitsOf(round.settings.municipalityCode)).find((u) => u.unitId === decision.unitId) ?? null)
    : null;
  return { round, decision, child, unit };
}
