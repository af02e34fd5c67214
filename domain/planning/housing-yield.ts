/**
 * Child yield of new housing: how many children aged 0-2 and 3-6 one new dwelling brings.
 *
 * Estimated from the data rather than assumed: across postal areas whose dwelling stock grew clearly
 * between two Paavo years (at least `minGrowth` and `minDwellings` new dwellings), the change in
 * children is regressed on the change in dwellings through the origin (no new dwellings, no new
 * children from housing). New family flats yield more children than the average of the stock, which
 * this captures; the stock average is the fallback when too few areas grew.
 */
export interface AreaGrowth {
  dwellingsStart: number;
  dwellingsEnd: number;
  children02Start: number;
  children02End: number;
  children36Start: number;
  children36End: number;
}

export interface ChildYield {
  /** Children aged 0-2 per new dwelling. */
  c02: number;
  /** Children aged 3-6 per new dwelling. */
  c36: number;
  /** 'growth-regression' or 'stock-average': how the figure was obtained (shown in docs and CLI output). */
  method: 'growth-regression' | 'stock-average';
  areas: number;
}

export interface YieldOptions {
  minGrowth: number;
  minDwellings: number;
  minAreas: number;
}

export const DEFAULT_YIELD_OPTIONS: YieldOptions = { minGrowth: 0.1, minDwellings: 100, minAreas: 8 };
/** Yields beyond this are not plausible for a dwelling (they come from mis-recorded areas). */
const MAX_YIELD = 0.5;

const clamp = (x: number) => Math.min(MAX_YIELD, Math.max(0, x));

export function estimateChildYield(
  areas: readonly AreaGrowth[],
  options: YieldOptions = DEFAULT_YIELD_OPTIONS,
): ChildYield {
  const growing = areas.filter((a) => {
    const added = a.dwellingsEnd - a.dwellingsStart;
    return a.dwellingsStart > 0 && added >= options.minDwellings && added >= options.minGrowth * a.dwellingsStart;
  });
  if (growing.length >= options.minAreas) {
    let xx = 0;
    let x02 = 0;
    let x36 = 0;
    for (const a of growing) {
      const x = a.dwellingsEnd - a.dwellingsStart;
      xx += x * x;
      x02 += x * (a.children02End - a.children02Start);
      x36 += x * (a.children36End - a.children36Start);
    }
    return { c02: clamp(x02 / xx), c36: clamp(x36 / xx), method: 'growth-regression', areas: growing.length };
  }
  const dwellings = areas.reduce((s, a) => s + a.dwellingsEnd, 0);
  const c02 = areas.reduce((s, a) => s + a.children02End, 0);
  const c36 = areas.reduce((s, a) => s + a.children36End, 0);
  return dwellings > 0
    ? { c02: clamp(c02 / dwellings), c36: clamp(c36 / dwellings), method: 'stock-average', areas: areas.length }
    : { c02: 0, c36: 0, method: 'stock-average', areas: 0 };
}
