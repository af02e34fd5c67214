import 'server-only';
import { auditOffers, type OffersActor } from '../../store/offers-actor';
import type { RoundRecord } from '../../store/offers-rounds';
import { placementsCsv } from '../../workflows/offers/round-decide';
import { offersPool } from './offers-pool';

/** Decided placements as eVaka's placement-tool CSV, recorded in the audit trail as an export. */
export async function exportPlacements(round: RoundRecord, actor: OffersActor): Promise<string> {
  const pool = await offersPool();
  const { csv, rows } = await placementsCsv(pool, round.id);
  await auditOffers(pool, actor, 'offers.decide', 'offer_round', round.id, { op: 'export_placements', rows });
  return csv;
}
