import { readEnv } from '../../core/config/env';
import type pg from 'pg';
import { LINK_PLACEHOLDER } from '../../i18n/offers/messages';
import { createLinkToken, hashToken } from '../../store/offers-links';
import { deliverQueued } from '../../store/offers-messages';
import type { Senders } from './senders/configured-senders';

/**
 * Delivers the outbox: each queued message gets a fresh personal link (its token's hash is stored, the
 * token only goes into the message) and is handed to the sender of its channel. A sender that throws
 * leaves the message failed with the reason, and its link unstored; a held message (a synthetic family
 * on a real transport) is marked held.
 */
export const linkBase = (env: NodeJS.ProcessEnv = process.env): string => {
  const e = readEnv(env);
  return (e.TILANNEHUONE_PUBLIC_URL ?? `http://127.0.0.1:${e.PORT}`).replace(/\/$/, '');
};

export const familyLink = (base: string, token: string, lang: string) =>
  `${base}/offer/${token}${lang === 'fi' ? '' : `?lang=${lang}`}`;

export async function deliverOutbox(pool: pg.Pool, senders: Senders, base: string, roundId: number | null = null) {
  const retention = new Map<number, string>();
  return deliverQueued(pool, roundId, async (m, client) => {
    if (!retention.has(m.roundId)) {
      const { rows } = await client.query('SELECT retention_end FROM offer_round WHERE id = $1', [m.roundId]);
      retention.set(m.roundId, rows[0].retention_end as string);
    }
    const sender = senders.forChannel(m.channel);
    const token = await createLinkToken(client, m.familyId, retention.get(m.roundId)!);
    try {
      const outcome = await sender.deliver({
        id: m.id,
        roundId: m.roundId,
        channel: m.channel,
        recipient: m.recipient,
        subject: m.subject,
        text: m.body.replace(LINK_PLACEHOLDER, familyLink(base, token, m.language)),
        language: m.language,
        synthetic: m.synthetic,
      });
      if (outcome.status === 'held') {
        await client.query('DELETE FROM offer_link WHERE token_hash = $1', [hashToken(token)]);
        return { status: 'held', sender: sender.name, error: outcome.reason };
      }
      return { status: 'delivered', sender: sender.name };
    } catch (err) {
      await client.query('DELETE FROM offer_link WHERE token_hash = $1', [hashToken(token)]);
      return { status: 'failed', sender: sender.name, error: err instanceof Error ? err.message : String(err) };
    }
  });
}
