import 'server-only';
import type pg from 'pg';
import { smallCountThreshold, today } from '../../core/config/reference';
import { purgeExpiredRounds } from '../../workflows/offers/purge-rounds';
import { configuredSenders } from '../../workflows/offers/senders/configured-senders';
import { appPool } from '../app-store';

/**
 * The app store as the offer routes use it: before the first use in a process (the web server's start),
 * and then at most once an hour, rounds past their retention period are purged - so personal data is
 * never served a day after its end, even when nobody runs `npm run offers -- purge`.
 */
const holder = globalThis as typeof globalThis & {
  tilannehuoneOffersPurgedAt?: number;
  tilannehuoneOffersPurging?: Promise<void>;
};
const HOUR = 3_600_000;

async function purgeIfDue(pool: pg.Pool): Promise<void> {
  if (holder.tilannehuoneOffersPurgedAt !== undefined && Date.now() - holder.tilannehuoneOffersPurgedAt < HOUR) return;
  holder.tilannehuoneOffersPurging ??= purgeExpiredRounds(
    pool,
    today(),
    configuredSenders().file,
    smallCountThreshold(),
    (line) => console.log(`[offers] ${line}`),
  )
    .then(() => {
      holder.tilannehuoneOffersPurgedAt = Date.now();
    })
    .finally(() => {
      holder.tilannehuoneOffersPurging = undefined;
    });
  await holder.tilannehuoneOffersPurging;
}

export async function offersPool(): Promise<pg.Pool> {
  const pool = await appPool();
  await purgeIfDue(pool);
  return pool;
}
