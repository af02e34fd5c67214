/**
 * Explanation facts: for an area, which factors push its expected demand up or down compared with the
 * average area, as ids and numbers. The words are i18n's (i18n/wellbeing/explain.ts), so the same fact
 * reads in Finnish, Swedish and English. Effects are associations (association-model.ts), never causes.
 */
export interface DriverEffect {
  factor: string;
  value: number;
  effect: number;
}

export interface ExplanationFact {
  factor: string;
  value: number;
  effect: number;
  direction: 'up' | 'down';
  rank: number;
}

/** The strongest effects each way (at most `perSide` up and `perSide` down), strongest first. */
export function explanationFacts(effects: readonly DriverEffect[], perSide = 3, minimum = 0): ExplanationFact[] {
  const strongest = (sign: 1 | -1) =>
    effects
      .filter((e) => sign * e.effect > minimum)
      .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect) || a.factor.localeCompare(b.factor))
      .slice(0, perSide);
  return [...strongest(1), ...strongest(-1)]
    .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect) || a.factor.localeCompare(b.factor))
    .map((e, i) => ({ ...e, direction: e.effect > 0 ? 'up' : 'down', rank: i + 1 }));
}

/**
 * What-if: the expected demand if a factor were `changed` instead of `current`, by the association's
 * slope (outcome units per factor unit). Demand cannot go below zero.
 */
export function whatIfDemand(expected: number, slope: number, current: number, changed: number): number {
  return Math.max(0, expected + slope * (changed - current));
}
