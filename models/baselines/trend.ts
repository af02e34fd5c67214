/** Shared trend arithmetic for the baselines (pure functions over { year, value } histories). */
export interface Point {
  year: number;
  value: number;
}

/** Damping factor of the damped-trend baseline: a trend fades by 20 % per year ahead. */
export const DAMPING = 0.8;

/** Mean annual log growth over the last `window` observed steps; gaps (e.g. no 2019) count per year. */
export function annualLogGrowth(history: readonly Point[], window = 3): number {
  const recent = history.slice(-(window + 1)).filter((p) => p.value > 0);
  if (recent.length < 2) return 0;
  const first = recent[0];
  const last = recent[recent.length - 1];
  return Math.log(last.value / first.value) / (last.year - first.year);
}

/** Sum of phi^i for i = 1..h: how much of the trend a damped forecast applies h years ahead. */
export function dampedSteps(h: number, phi = DAMPING): number {
  let sum = 0;
  for (let i = 1; i <= h; i++) sum += phi ** i;
  return sum;
}

/** Damped log-trend multiplier for h years ahead. */
export const dampedMultiplier = (history: readonly Point[], h: number): number =>
  Math.exp(annualLogGrowth(history) * dampedSteps(h));

export const valueAt = (history: readonly Point[], year: number): number | undefined =>
  history.find((p) => p.year === year)?.value;
