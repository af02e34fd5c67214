import type pg from 'pg';
import { z } from 'zod';
import { AppError } from '../core/errors';
import { roundSettingsSchema, type RoundSettings } from '../domain/offers/round';
import { auditOffers, type Db, type OffersActor } from './offers-actor';
import { withTransaction } from './transaction';

/** Offer rounds: settings, status and, after the purge, the anonymous totals. */
export interface RoundRecord {
  id: number;
  settings: RoundSettings;
  status: 'open' | 'purged';
  cohortSource: 'csv' | 'evaka' | 'synthetic' | null;
  synthetic: boolean;
  createdAt: string;
  purgedAt: string | null;
  summary: Record<string, unknown> | null;
  children: number;
  states: Record<string, number>;
}

const rowSchema = z.object({
  id: z.number(),
  settings: z.unknown(),
  status: z.enum(['open', 'purged']),
  cohort_source: z.enum(['csv', 'evaka', 'synthetic']).nullable(),
  synthetic: z.boolean(),
  created_at: z.date(),
  purged_at: z.date().nullable(),
  summary: z.record(z.string(), z.unknown()).nullable(),
  children: z.number(),
  states: z.record(z.string(), z.number()).nullable(),
});

const SELECT = `SELECT r.id, r.settings, r.status, r.cohort_source, r.synthetic, r.created_at, r.purged_at, r.summary,
    (SELECT count(*) FROM offer_child c WHERE c.round_id = r.id) AS children,
    (SELECT jsonb_object_agg(state, n) FROM (SELECT state, count(*) AS n FROM offer o WHERE o.round_id = r.id GROUP BY state) s) AS states
  FROM offer_round r`;

const toRecord = (raw: unknown): RoundRecord => {
  const r = rowSchema.parse(raw);
  return {
    id: r.id,
    settings: roundSettingsSchema.parse(r.settings),
    status: r.status,
    cohortSource: r.cohort_source,
    synthetic: r.synthetic,
    createdAt: r.created_at.toISOString(),
    purgedAt: r.purged_at?.toISOString() ?? null,
    summary: r.summary,
    children: r.children,
    states: r.states ?? {},
  };
};

export async function createRound(pool: pg.Pool, settings: RoundSettings, actor: OffersActor): Promise<number> {
  return withTransaction(pool, async (client) => {
    const { rows } = await client.query(
      `INSERT INTO offer_round (kind, name, municipality_code, start_year, settings, answer_deadline, retention_end, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (municipality_code, name) DO NOTHING RETURNING id`,
      [
        settings.kind,
        settings.name,
        settings.municipalityCode,
        settings.startYear,
        settings,
        settings.answerDeadline,
        settings.retentionEnd,
        actor.id,
      ],
    );
    if (!rows[0]) throw new AppError('conflict', `a round called '${settings.name}' exists already`);
    await auditOffers(client, actor, 'offers.manage', 'offer_round', rows[0].id, { op: 'create', kind: settings.kind });
    return Number(rows[0].id);
  });
}

export async function listRounds(db: Db): Promise<RoundRecord[]> {
  const { rows } = await db.query(`${SELECT} ORDER BY r.created_at DESC, r.id DESC`);
  return rows.map(toRecord);
}

export async function findRound(db: Db, id: number): Promise<RoundRecord | null> {
  const { rows } = await db.query(`${SELECT} WHERE r.id = $1`, [id]);
  return rows[0] ? toRecord(rows[0]) : null;
}

/** The round, locked for a change that must not run twice at once (a proposal, a send, a decision run). */
export async function lockRound(client: pg.PoolClient, id: number): Promise<RoundRecord> {
  await client.query('SELECT id FROM offer_round WHERE id = $1 FOR UPDATE', [id]);
  const round = await findRound(client, id);
  if (!round) throw new AppError('not_found', `no round ${id}`);
  if (round.status === 'purged') throw new AppError('conflict', 'the round has been purged: its personal data is gone');
  return round;
}

export async function updateRoundSettings(client: pg.PoolClient, id: number, settings: RoundSettings): Promise<void> {
  await client.query('UPDATE offer_round SET settings = $2, answer_deadline = $3, retention_end = $4 WHERE id = $1', [
    id,
    settings,
    settings.answerDeadline,
    settings.retentionEnd,
  ]);
}
