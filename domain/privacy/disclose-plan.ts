import { metricsWith, type PlanMetric } from '../metrics/plan-metrics';
import type { PlanRow } from '../planning/plan-types';
import { SMALL_COUNT_THRESHOLD } from './disclosure';
import { discloseRow, type Withheld } from './disclose-row';

/**
 * Disclosure control of a plan row: every page, API answer and export of plan figures goes through
 * here (the server's plan queries call it). Child counts and demand below the threshold, or suppressed
 * by the source, are withheld; so is every figure derived from a withheld demand (gap, fill, staff,
 * space, RAG), which would give it back.
 *
 * Arithmetic must not undo it either: the total demand is the sum of its three parts, so when exactly
 * one part is withheld the smallest other part is withheld too - otherwise total minus the two shown
 * parts would print the hidden one.
 */
export type DisclosedPlanRow = PlanRow & Withheld;

const COUNTS = metricsWith('count');
const DERIVED = metricsWith('derived');

/** Figures that add up to a shown figure: [total, parts]. */
export const SUM_RELATIONS: readonly [PlanMetric, readonly PlanMetric[]][] = [
  ['demandTotal', ['demandUnder3', 'demand3plusFullday', 'demand3plusPartday']],
];

export function disclosePlanRow(row: PlanRow, threshold = SMALL_COUNT_THRESHOLD): DisclosedPlanRow {
  const out = discloseRow(row as unknown as Record<PlanMetric, number | null>, {
    counts: COUNTS,
    derived: DERIVED,
    basis: 'demandTotal',
    // The planning engine passes the source's suppression on as NULL child counts.
    suppressed: row.children02 === null && row.children36 === null,
    threshold,
  }) as unknown as DisclosedPlanRow;
  for (const [total, parts] of SUM_RELATIONS) {
    if (out[total] === null) continue;
    const hidden = parts.filter((p) => out.withheld?.[p]);
    if (hidden.length !== 1) continue;
    const shown = parts.filter((p) => out[p] !== null) as PlanMetric[];
    const smallest = shown.sort((a, b) => (out[a] as number) - (out[b] as number))[0];
    if (!smallest) continue;
    (out as unknown as Record<string, unknown>)[smallest] = null;
    out.withheld = { ...out.withheld, [smallest]: 'small' };
    out.small = true;
  }
  return out;
}
