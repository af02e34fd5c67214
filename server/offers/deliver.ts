import 'server-only';
import { deliverOutbox, linkBase } from '../../workflows/offers/deliver-outbox';
import { configuredSenders } from '../../workflows/offers/senders/configured-senders';
import { offersPool } from './offers-pool';

/**
 * Hands a round's queued outbox to the configured senders (files by default: fast; an SMTP server or a
 * gateway: as fast as they take it). One delivery at a time per process; the outbox rows are claimed with
 * SKIP LOCKED, so `npm run offers -- deliver` running beside it never sends a message twice.
 */
const holder = globalThis as typeof globalThis & { tilannehuoneOffersDelivery?: Promise<unknown> };

export async function deliverNow(roundId: number) {
  await holder.tilannehuoneOffersDelivery?.catch(() => undefined);
  const senders = configuredSenders();
  const run = (async () => {
    try {
      return await deliverOutbox(await offersPool(), senders, linkBase(), roundId);
    } finally {
      senders.close();
    }
  })();
  holder.tilannehuoneOffersDelivery = run;
  return run;
}
