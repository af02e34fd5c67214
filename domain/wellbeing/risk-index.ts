import type { FactorValue, Yardstick } from './yardstick';

/**
 * The risk-and-resilience index of an area and year (documented in docs/wellbeing.md):
 *
 *   z_f   = clamp((x_f - mean_f) / sd_f, -3, 3)      standardised with the factor's fixed yardstick
 *   w_f   = +1 / (2 n_risk) for a risk factor, -1 / (2 n_resilience) for a resilience factor
 *   index = sum_f w_f z_f                              contribution of f = w_f z_f
 *
 * n counts the factors the area has that year; when one kind is missing altogether the other kind
 * carries the whole weight (+-1 / n). The weights' absolute values sum to 1, so the index is on the
 * z scale: 0 = the yardstick's average area, +1 = one standard deviation more disadvantaged. Equal
 * weights are a choice, not a fit: the index does not depend on any outcome, so it cannot leak one.
 * Clamping at 3 keeps one extreme small-area value from dominating.
 */
export interface IndexFactor {
  id: string;
  role: 'risk' | 'resilience';
}

export interface Contribution {
  factor: string;
  value: number;
  z: number;
  weight: number;
  contribution: number;
}

export interface IndexValue {
  area: string;
  year: number;
  index: number;
  contributions: Contribution[];
}

export const Z_LIMIT = 3;
/** An area needs at least half of its geography's factors that year, or it gets no index. */
export const MIN_FACTOR_SHARE = 0.5;

export function computeRiskIndex(
  factors: readonly IndexFactor[],
  values: readonly FactorValue[],
  yardsticks: ReadonlyMap<string, Yardstick>,
): IndexValue[] {
  const roleOf = new Map(factors.map((f) => [f.id, f.role]));
  const groups = new Map<string, FactorValue[]>();
  for (const v of values) {
    if (!roleOf.has(v.factor) || !yardsticks.has(v.factor) || !Number.isFinite(v.value)) continue;
    const key = `${v.area}\u0000${v.year}`;
    const group = groups.get(key);
    if (group) group.push(v);
    else groups.set(key, [v]);
  }
  const out: IndexValue[] = [];
  for (const group of groups.values()) {
    if (group.length < MIN_FACTOR_SHARE * factors.length) continue;
    const risk = group.filter((v) => roleOf.get(v.factor) === 'risk').length;
    const resilience = group.length - risk;
    const blocks = (risk > 0 ? 1 : 0) + (resilience > 0 ? 1 : 0);
    const contributions = group.map((v): Contribution => {
      const y = yardsticks.get(v.factor)!;
      const z = Math.max(-Z_LIMIT, Math.min(Z_LIMIT, (v.value - y.mean) / y.sd));
      const isRisk = roleOf.get(v.factor) === 'risk';
      const weight = (isRisk ? 1 : -1) / (blocks * (isRisk ? risk : resilience));
      return { factor: v.factor, value: v.value, z, weight, contribution: weight * z };
    });
    contributions.sort((a, b) => a.factor.localeCompare(b.factor));
    const index = contributions.reduce((s, c) => s + c.contribution, 0);
    out.push({ area: group[0].area, year: group[0].year, index, contributions });
  }
  return out.sort((a, b) => a.area.localeCompare(b.area) || a.year - b.year);
}
