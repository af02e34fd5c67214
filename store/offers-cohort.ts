import type pg from 'pg';
import { z } from 'zod';
import { AppError } from '../core/errors';
import { familyKeyOf, type CohortChild } from '../domain/offers/cohort-child';
import { surveyAnswerSchema, type SurveyAnswer } from '../domain/offers/ece-survey';
import { auditOffers, type Db, type OffersActor } from './offers-actor';

/**
 * A round's cohort: the children and their families (guardians' contacts and language), the personal data
 * of the round. An import replaces the whole cohort in one transaction, and only while nothing has been
 * sent - afterwards families hold links and answers that a new cohort would orphan.
 */
export interface StoredChild extends CohortChild {
  familyId: number;
  survey: SurveyAnswer | null;
}

export interface StoredFamily {
  id: number;
  language: 'fi' | 'sv' | 'en';
  phone: string | null;
  email: string | null;
}

export async function replaceCohort(
  client: pg.PoolClient,
  roundId: number,
  children: readonly CohortChild[],
  source: 'csv' | 'evaka' | 'synthetic',
  actor: OffersActor,
): Promise<{ children: number; families: number }> {
  const { rows: sent } = await client.query(
    `SELECT count(*) AS n FROM offer WHERE round_id = $1 AND state <> 'proposed'`,
    [roundId],
  );
  if (Number(sent[0].n) > 0)
    throw new AppError('conflict', 'offers of this round have been sent: its cohort can no longer be replaced');
  await client.query('DELETE FROM offer_child WHERE round_id = $1', [roundId]);
  await client.query('DELETE FROM offer_family WHERE round_id = $1', [roundId]);
  const families = new Map<string, CohortChild>();
  for (const c of children) if (!families.has(familyKeyOf(c))) families.set(familyKeyOf(c), c);
  const keys = [...families.keys()];
  const { rows: ids } = await client.query(
    `INSERT INTO offer_family (round_id, family_key, language, phone, email)
     SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) RETURNING id, family_key`,
    [
      roundId,
      keys,
      keys.map((k) => families.get(k)!.guardianLanguage),
      keys.map((k) => families.get(k)!.guardianPhone),
      keys.map((k) => families.get(k)!.guardianEmail),
    ],
  );
  const familyId = new Map(ids.map((r) => [r.family_key as string, Number(r.id)]));
  const col = <T>(f: (c: CohortChild) => T) => children.map(f);
  await client.query(
    `INSERT INTO offer_child (round_id, child_id, family_id, birth_year, birth_date, name, postal_code, lon, lat, located,
       language, current_unit_id, sibling_unit_id, special_needs, shift_care, synthetic)
     SELECT $1, * FROM unnest($2::text[], $3::bigint[], $4::int[], $5::date[], $6::text[], $7::text[], $8::float8[],
       $9::float8[], $10::text[], $11::text[], $12::text[], $13::text[], $14::bool[], $15::bool[], $16::bool[])`,
    [
      roundId,
      col((c) => c.childId),
      col((c) => familyId.get(familyKeyOf(c))!),
      col((c) => c.birthYear),
      col((c) => c.birthDate),
      col((c) => c.name),
      col((c) => c.postalCode),
      col((c) => c.lon),
      col((c) => c.lat),
      col((c) => c.located),
      col((c) => c.language),
      col((c) => c.currentUnitId),
      col((c) => c.siblingUnitId),
      col((c) => c.specialNeeds),
      col((c) => c.shiftCare),
      col((c) => c.synthetic),
    ],
  );
  const synthetic = children.length > 0 && children.every((c) => c.synthetic);
  await client.query('UPDATE offer_round SET cohort_source = $2, synthetic = $3 WHERE id = $1', [
    roundId,
    source,
    synthetic,
  ]);
  await auditOffers(client, actor, 'offers.manage', 'offer_round', roundId, {
    op: 'import_cohort',
    source,
    children: children.length,
  });
  return { children: children.length, families: keys.length };
}

const childSchema = z
  .object({
    child_id: z.string(),
    family_id: z.number(),
    birth_year: z.number(),
    birth_date: z.string().nullable(),
    name: z.string().nullable(),
    postal_code: z.string(),
    lon: z.number(),
    lat: z.number(),
    located: z.enum(['coordinates', 'postal_code']),
    language: z.enum(['fi', 'sv']),
    current_unit_id: z.string().nullable(),
    sibling_unit_id: z.string().nullable(),
    special_needs: z.boolean(),
    shift_care: z.boolean(),
    synthetic: z.boolean(),
    survey: z.unknown().nullable(),
    guardian_language: z.enum(['fi', 'sv', 'en']),
    phone: z.string().nullable(),
    email: z.string().nullable(),
  })
  .transform((r): StoredChild => ({
    childId: r.child_id,
    familyId: r.family_id,
    birthYear: r.birth_year,
    birthDate: r.birth_date,
    name: r.name,
    postalCode: r.postal_code,
    lon: r.lon,
    lat: r.lat,
    located: r.located,
    language: r.language,
    currentUnitId: r.current_unit_id,
    siblingUnitId: r.sibling_unit_id,
    specialNeeds: r.special_needs,
    shiftCare: r.shift_care,
    synthetic: r.synthetic,
    survey: r.survey === null ? null : surveyAnswerSchema.parse(r.survey),
    guardianLanguage: r.guardian_language,
    guardianPhone: r.phone,
    guardianEmail: r.email,
  }));

export async function listCohort(db: Db, roundId: number, familyId?: number): Promise<StoredChild[]> {
  const { rows } = await db.query(
    `SELECT c.child_id, c.family_id, c.birth_year, c.birth_date, c.name, c.postal_code, c.lon, c.lat, c.located, c.language,
            c.current_unit_id, c.sibling_unit_id, c.special_needs, c.shift_care, c.synthetic, c.survey,
            f.language AS guardian_language, f.phone, f.email
     FROM offer_child c JOIN offer_family f ON f.id = c.family_id
     WHERE c.round_id = $1 AND ($2::bigint IS NULL OR c.family_id = $2) ORDER BY c.child_id`,
    [roundId, familyId ?? null],
  );
  return rows.map((r) => childSchema.parse(r));
}

export async function findFamily(db: Db, familyId: number): Promise<(StoredFamily & { roundId: number }) | null> {
  const { rows } = await db.query('SELECT id, round_id, language, phone, email FROM offer_family WHERE id = $1', [
    familyId,
  ]);
  if (!rows[0]) return null;
  const r = rows[0];
  return { id: Number(r.id), roundId: Number(r.round_id), language: r.language, phone: r.phone, email: r.email };
}

/** The family a phone number belongs to in a round (an SMS reply names no offer). */
export async function familyByPhone(
  db: Db,
  roundId: number | null,
  phone: string,
): Promise<{ id: number; roundId: number }[]> {
  const { rows } = await db.query(
    `SELECT f.id, f.round_id FROM offer_family f JOIN offer_round r ON r.id = f.round_id
     WHERE f.phone = $1 AND ($2::bigint IS NULL OR f.round_id = $2) AND r.status = 'open'`,
    [phone, roundId],
  );
  return rows.map((r) => ({ id: Number(r.id), roundId: Number(r.round_id) }));
}

export async function saveSurvey(
  client: pg.PoolClient,
  roundId: number,
  childId: string,
  survey: SurveyAnswer,
): Promise<void> {
  const { rowCount } = await client.query(
    'UPDATE offer_child SET survey = $3, shift_care = $4, language = $5 WHERE round_id = $1 AND child_id = $2',
    [roundId, childId, survey, survey.shiftCare, survey.language],
  );
  if (!rowCount) throw new AppError('not_found', 'no such child in the round');
}
