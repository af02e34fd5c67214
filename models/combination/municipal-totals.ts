import type { Evidence } from './evidence';

/**
 * Each item's value scaled so that the values of its municipality at one origin sum to their later
 * published total: what is left of an error once the municipality-wide miss is taken out. The bias
 * correction learns only from that part, and the ceilings measure how much that part is.
 */
export function scaleToMunicipalTotals<T>(
  items: readonly T[],
  evidenceOf: (item: T) => Evidence,
  valueOf: (item: T) => number,
): number[] {
  const totals = new Map<string, { value: number; actual: number }>();
  const keyOf = (item: T) => `${evidenceOf(item).municipalityCode}|${evidenceOf(item).origin}`;
  for (const item of items) {
    const t = totals.get(keyOf(item)) ?? { value: 0, actual: 0 };
    t.value += valueOf(item);
    t.actual += evidenceOf(item).actual;
    totals.set(keyOf(item), t);
  }
  return items.map((item) => {
    const t = totals.get(keyOf(item))!;
    return t.value > 0 ? (valueOf(item) * t.actual) / t.value : valueOf(item);
  });
}
