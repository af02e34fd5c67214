import type pg from 'pg';
import type { CohortChild } from '../../domain/offers/cohort-child';
import { generateSyntheticCohort, type CohortArea } from '../../domain/offers/synthetic-cohort';
import type { OfferUnit } from '../../domain/offers/offer-unit';
import type { RawFile } from '../../pipelines/core/read-raw-file';
import type { OffersActor } from '../../store/offers-actor';
import { replaceCohort } from '../../store/offers-cohort';
import { lockRound } from '../../store/offers-rounds';
import { withTransaction } from '../../store/transaction';
import { readCohortCsv } from './read-cohort-csv';
import { readEvakaCsv, type EvakaOptions } from './read-evaka-csv';

/**
 * Filling a round with its cohort, from the documented CSV, eVaka's export or the synthetic generator.
 * The file is read and checked completely before the transaction starts: a refused file changes nothing.
 */
export interface ImportResult {
  children: number;
  families: number;
  /** eVaka rows whose current unit is not in the units register (continuity cannot count for them). */
  unknownUnits?: number;
}

async function store(
  pool: pg.Pool,
  roundId: number,
  children: CohortChild[],
  source: 'csv' | 'evaka' | 'synthetic',
  actor: OffersActor,
) {
  return withTransaction(pool, async (client) => {
    await lockRound(client, roundId);
    return replaceCohort(client, roundId, children, source, actor);
  });
}

export async function importCohortCsv(
  pool: pg.Pool,
  roundId: number,
  file: RawFile,
  units: readonly OfferUnit[],
  round: { startYear: number; twoYearPreschool: boolean; kind?: 'preschool' | 'ece' },
  actor: OffersActor,
): Promise<ImportResult> {
  const children = readCohortCsv(file, { ...round, unitIds: new Set(units.map((u) => u.unitId)) });
  return store(pool, roundId, children, 'csv', actor);
}

export async function importEvakaCsv(
  pool: pg.Pool,
  roundId: number,
  file: RawFile,
  options: EvakaOptions,
  actor: OffersActor,
): Promise<ImportResult> {
  const { children, unknownUnits } = readEvakaCsv(file, options);
  return { ...(await store(pool, roundId, children, 'evaka', actor)), unknownUnits };
}

export async function importSyntheticCohort(
  pool: pg.Pool,
  roundId: number,
  input: {
    areas: readonly CohortArea[];
    units: readonly OfferUnit[];
    startYear: number;
    seed: number;
    total?: number;
    birthYear?: number;
  },
  actor: OffersActor,
): Promise<ImportResult> {
  return store(pool, roundId, generateSyntheticCohort(input), 'synthetic', actor);
}
