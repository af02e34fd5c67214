import type pg from 'pg';
import { kpiTotal } from '../../domain/offers/kpi';
import { listOffers } from '../../store/offers-offers';
import { purgeRound, roundsToPurge } from '../../store/offers-retention';
import type { FileSender } from './senders/file-sender';

/**
 * Retention: every round whose retention period ended before `today` loses its personal data - in the app
 * store (one transaction per round) and in the outbox folder of the file sender. What stays is the round
 * and its anonymous totals (offers, replies, acceptances), disclosure-controlled like any KPI.
 */
export async function purgeExpiredRounds(
  pool: pg.Pool,
  today: string,
  outbox: FileSender,
  threshold: number,
  log: (line: string) => void,
): Promise<number[]> {
  const purged: number[] = [];
  for (const round of await roundsToPurge(pool, today)) {
    const offers = await listOffers(pool, { roundId: round.id });
    const total = kpiTotal(
      offers.map((o) => ({
        postalCode: '',
        unitId: o.unitId,
        places: null,
        answer: o.state === 'decided' ? (o.answer ?? 'no_reply') : o.state,
        distanceKm: o.distanceKm,
        sent: o.sentOn !== null,
      })),
      threshold,
    );
    const children = await purgeRound(pool, round.id, { total, purgedOn: today });
    outbox.purgeRound(round.id);
    log(
      `offer round ${round.id}: retention ended ${round.retentionEnd}; personal data of ${children} children deleted`,
    );
    purged.push(round.id);
  }
  return purged;
}
