/**
 * The fixed yardstick of the risk-and-resilience index: for each factor, the mean and standard deviation
 * over all areas of one reference year. A fixed yardstick makes index values of different years
 * comparable (a change is a change in the factors, not in the comparison group), and years published for
 * a few areas only (Helsinki's later Paavo releases) are measured with the national yardstick.
 *
 * The reference year of a factor is the latest year in which it covers at least 90 % of the areas it
 * covers in its best-covered year - the latest year that still describes the whole country.
 */
export interface FactorValue {
  area: string;
  year: number;
  factor: string;
  value: number;
}

export interface Yardstick {
  factor: string;
  year: number;
  mean: number;
  sd: number;
  areas: number;
}

export const COVERAGE_FOR_REFERENCE = 0.9;

export function chooseYardsticks(values: readonly FactorValue[]): Map<string, Yardstick> {
  const byFactorYear = new Map<string, Map<number, number[]>>();
  for (const v of values) {
    if (!Number.isFinite(v.value)) continue;
    const years = byFactorYear.get(v.factor) ?? new Map<number, number[]>();
    byFactorYear.set(v.factor, years);
    const list = years.get(v.year) ?? [];
    years.set(v.year, list);
    list.push(v.value);
  }
  const out = new Map<string, Yardstick>();
  for (const [factor, years] of byFactorYear) {
    const best = Math.max(...[...years.values()].map((l) => l.length));
    const eligible = [...years.entries()].filter(([, l]) => l.length >= COVERAGE_FOR_REFERENCE * best);
    const [year, list] = eligible.reduce((a, b) => (b[0] > a[0] ? b : a));
    const mean = list.reduce((s, x) => s + x, 0) / list.length;
    const sd = Math.sqrt(list.reduce((s, x) => s + (x - mean) ** 2, 0) / list.length);
    // A factor that does not vary between areas cannot rank them: it is left out of the index.
    if (sd > 0) out.set(factor, { factor, year, mean, sd, areas: list.length });
  }
  return out;
}
