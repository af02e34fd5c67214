import type { Rag } from './plan-types';

/**
 * Red / amber / green per area and year, as a service manager reads it:
 * red   - places are missing this year or within the next two years (gap of at least one place);
 * amber - no gap in sight, but the reachable places are over 95 % full;
 * green - otherwise. Unknown capacity gives no flag (null), never green.
 */
export const RED_LOOKAHEAD_YEARS = 2;
export const AMBER_FILL_RATE = 0.95;
/** A gap below half a place rounds to zero places: not a shortage. */
const MIN_GAP = 0.5;

export interface RagInput {
  year: number;
  gapPlaces: number | null;
  fillRate: number | null;
}

/** Flags for one area's rows (any order); returns flags in the same order. */
export function ragFlags(rows: readonly RagInput[]): (Rag | null)[] {
  const gapYears = rows.filter((r) => r.gapPlaces !== null && r.gapPlaces >= MIN_GAP).map((r) => r.year);
  return rows.map((r) => {
    if (r.gapPlaces === null) return null;
    if (gapYears.some((y) => y >= r.year && y <= r.year + RED_LOOKAHEAD_YEARS)) return 'red';
    if (r.fillRate !== null && r.fillRate > AMBER_FILL_RATE) return 'amber';
    return 'green';
  });
}
