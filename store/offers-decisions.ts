import type pg from 'pg';
import { z } from 'zod';
import type { DecisionFacts } from '../domain/offers/decision';
import type { Db, OffersActor } from './offers-actor';

/** One decision per child, numbered within the round (ESI-2027-000123 / VAK-...). */
export interface DecisionRecord {
  offerId: number;
  roundId: number;
  childId: string;
  number: string;
  outcome: DecisionFacts['outcome'];
  unitId: string | null;
  language: 'fi' | 'sv';
  legalBasis: string[];
  decidedOn: string;
  decidedBy: string;
}

export async function insertDecision(
  client: pg.PoolClient,
  offerId: number,
  roundId: number,
  prefix: string,
  facts: DecisionFacts,
  decidedOn: string,
  actor: OffersActor,
): Promise<string> {
  const { rows } = await client.query(
    `INSERT INTO offer_decision (offer_id, round_id, number, outcome, unit_id, language, legal_basis, decided_on, decided_by)
     SELECT $1, $2, $3 || lpad((count(*) + 1)::text, 6, '0'), $4, $5, $6, $7, $8, $9 FROM offer_decision WHERE round_id = $2
     RETURNING number`,
    [
      offerId,
      roundId,
      prefix,
      facts.outcome,
      facts.unitId,
      facts.language,
      [...facts.legalBasis],
      decidedOn,
      actor.name,
    ],
  );
  return rows[0].number as string;
}

const rowSchema = z.object({
  offer_id: z.number(),
  round_id: z.number(),
  child_id: z.string(),
  number: z.string(),
  outcome: z.enum(['placed', 'declined', 'application']),
  unit_id: z.string().nullable(),
  language: z.enum(['fi', 'sv']),
  legal_basis: z.array(z.string()),
  decided_on: z.string(),
  decided_by: z.string(),
});

export async function listDecisions(
  db: Db,
  roundId: number,
  o: { offerId?: number; familyId?: number } = {},
): Promise<DecisionRecord[]> {
  const { rows } = await db.query(
    `SELECT d.offer_id, d.round_id, o.child_id, d.number, d.outcome, d.unit_id, d.language, d.legal_basis, d.decided_on, d.decided_by
     FROM offer_decision d JOIN offer o ON o.id = d.offer_id JOIN offer_child c ON c.round_id = o.round_id AND c.child_id = o.child_id
     WHERE d.round_id = $1 AND ($2::bigint IS NULL OR d.offer_id = $2) AND ($3::bigint IS NULL OR c.family_id = $3)
     ORDER BY d.number`,
    [roundId, o.offerId ?? null, o.familyId ?? null],
  );
  return rows.map((raw) => {
    const r = rowSchema.parse(raw);
    return {
      offerId: r.offer_id,
      roundId: r.round_id,
      childId: r.child_id,
      number: r.number,
      outcome: r.outcome,
      unitId: r.unit_id,
      language: r.language,
      legalBasis: r.legal_basis,
      decidedOn: r.decided_on,
      decidedBy: r.decided_by,
    };
  });
}
