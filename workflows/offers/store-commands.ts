import { logToStderr } from '../../core/cli/run-cli';
import { smallCountThreshold, today } from '../../core/config/reference';
import { badRequest } from '../../core/errors';
import { openConfiguredAppStore } from '../../store/open-configured';
import { deliverOutbox, linkBase } from './deliver-outbox';
import { purgeExpiredRounds } from './purge-rounds';
import { configuredSenders } from './senders/configured-senders';

/**
 * The app-store commands of `npm run offers`: `purge` deletes the personal data of rounds whose retention
 * ended (run it daily, e.g. from cron; the web server also runs it when it starts), `deliver [--round id]`
 * hands the queued outbox to the configured senders.
 */
export const STORE_COMMANDS = ['purge', 'deliver'] as const;

export async function runOffersStoreCommand(command: string, values: Record<string, string | boolean | undefined>) {
  const round = values.round === undefined ? null : Number(values.round);
  if (round !== null && !(Number.isInteger(round) && round > 0)) throw badRequest('--round: expected a round number');
  const store = await openConfiguredAppStore('tilannehuone-offers', logToStderr);
  const senders = configuredSenders();
  try {
    if (command === 'purge') {
      const purged = await purgeExpiredRounds(store.pool, today(), senders.file, smallCountThreshold(), logToStderr);
      logToStderr(purged.length === 0 ? 'no round is past its retention period' : `purged rounds ${purged.join(', ')}`);
      return;
    }
    const counts = await deliverOutbox(store.pool, senders, linkBase(), round);
    logToStderr(`outbox: ${counts.delivered} delivered, ${counts.held} held, ${counts.failed} failed`);
  } finally {
    senders.close();
    await store.close();
  }
}
