import type { PointForecast } from '../core/forecast-row';
import { cellOf, sizeBinOf, type Evidence } from './evidence';
import { scaleToMunicipalTotals } from './municipal-totals';

/**
 * The product forecast: per age group and horizon a weighted combination of the methods, each
 * weighted by how well it forecast that cell before (inverse MAPE to the fourth power; methods more
 * than 15 % worse than the best are left out) - all areas together, and a municipality with enough
 * forecasts of its own by its own - then a bias correction per size of area and municipality of how
 * a municipality's children are shared between its areas, so that on the evidence, with the
 * municipality's total right, the mean percentage error is zero. Everything is fitted on
 * evidence the caller has already limited to targets observed at the origin (nested, time-ordered),
 * so it cannot see the future. A cell without evidence uses the anchor alone.
 */
export interface Combiner {
  /** cell (and `${cell}|${municipality}`) -> method -> weight (sums to 1). */
  weights: Record<string, Record<string, number>>;
  /** `${cell}|${sizeBin}` and `${cell}|${sizeBin}|${municipality}` -> multiplicative correction. */
  bias: Record<string, number>;
  /** cell -> how many scored forecasts its choice rests on (0: the anchor alone). */
  basis: Record<string, number>;
}

const POWER = 4;
/** Matched forecasts a municipality needs in a cell before it gets weights of its own. */
const OWN_WEIGHTS = 200;
const WITHIN = 1.15;
/** Forecasts at which a size class's (or a municipality's) own bias gets half the weight. */
const BIAS_SHRINK = 50;
const BIAS_LIMITS = [0.8, 1.25] as const;

const mape = (rows: readonly Evidence[]) => {
  const positive = rows.filter((r) => r.actual > 0);
  return positive.reduce((s, r) => s + Math.abs(r.mean - r.actual) / r.actual, 0) / Math.max(positive.length, 1);
};

const combine = (parts: readonly { w: number; value: number }[]) =>
  Math.max(0, Math.exp(parts.reduce((s, p) => s + p.w * Math.log(p.value + 1), 0)) - 1);

/** The forecasts of one area at one origin by every method, where every method made one. */
function matched(rows: readonly Evidence[], methods: readonly string[]): Map<string, Evidence>[] {
  const byArea = new Map<string, Map<string, Evidence>>();
  for (const r of rows) {
    const k = `${r.postalCode}|${r.origin}`;
    byArea.set(k, (byArea.get(k) ?? new Map()).set(r.model, r));
  }
  return [...byArea.values()].filter((m) => methods.every((x) => m.has(x)));
}

function cellWeights(common: readonly Map<string, Evidence>[], methods: readonly string[]) {
  const scores = methods.map((m) => mape(common.map((c) => c.get(m)!)));
  const best = Math.min(...scores);
  const raw = scores.map((s) => (s <= best * WITHIN && s > 0 ? s ** -POWER : 0));
  const total = raw.reduce((a, b) => a + b, 0);
  return Object.fromEntries(methods.map((m, i) => [m, total > 0 ? raw[i] / total : 1 / methods.length]));
}

const clamp = (f: number) => Math.min(BIAS_LIMITS[1], Math.max(BIAS_LIMITS[0], f));
const shrunk = (ratios: readonly number[], parent: number) => {
  const meanRatio = ratios.reduce((a, b) => a + b, 0) / ratios.length;
  const w = ratios.length / (ratios.length + BIAS_SHRINK);
  return clamp(parent + w * (1 / meanRatio - parent));
};

export function fitCombiner(
  cells: readonly string[],
  evidenceByCell: ReadonlyMap<string, readonly Evidence[]>,
  methods: readonly string[],
  anchor: string,
): Combiner {
  const combiner: Combiner = { weights: {}, bias: {}, basis: {} };
  for (const cell of cells) {
    const common = matched(evidenceByCell.get(cell) ?? [], methods);
    combiner.basis[cell] = common.length;
    if (common.length === 0) {
      combiner.weights[cell] = { [anchor]: 1 };
      continue;
    }
    combiner.weights[cell] = cellWeights(common, methods);
    const byMunicipality = new Map<string, Map<string, Evidence>[]>();
    for (const area of common) {
      const m = area.values().next().value!.municipalityCode;
      byMunicipality.set(m, [...(byMunicipality.get(m) ?? []), area]);
    }
    for (const [m, areas] of byMunicipality) {
      if (areas.length >= OWN_WEIGHTS) combiner.weights[`${cell}|${m}`] = cellWeights(areas, methods);
    }
    // The combination on the evidence itself, scaled to its municipality's actual total, against the
    // actual value, by size and municipality. Only how the areas of a municipality share its children
    // is corrected: a municipality-wide miss (births or migration of the whole municipality) does not
    // repeat - corrected by their own past misses, municipal births forecasts 1987-2017 got worse at
    // every horizon beyond one (WAPE 10.1 -> 11.8 % four years ahead, docs/forecasting.md).
    const values = common.map((area) => {
      const first = area.values().next().value!;
      const weights = weightsOf(combiner, cell, first.municipalityCode);
      return { first, value: combine([...area.values()].map((r) => ({ w: weights[r.model] ?? 0, value: r.mean }))) };
    });
    const within = scaleToMunicipalTotals(
      values,
      (v) => v.first,
      (v) => v.value,
    );
    const bySize = new Map<number, { ratio: number; municipality: string }[]>();
    for (const [i, { first }] of values.entries()) {
      if (first.actual <= 0) continue;
      const bin = sizeBinOf(first.base);
      const list = bySize.get(bin) ?? [];
      list.push({ ratio: within[i] / first.actual, municipality: first.municipalityCode });
      bySize.set(bin, list);
    }
    for (const [bin, list] of bySize) {
      const pooled = shrunk(
        list.map((x) => x.ratio),
        1,
      );
      combiner.bias[`${cell}|${bin}`] = pooled;
      const ratiosOf = new Map<string, number[]>();
      for (const x of list) ratiosOf.set(x.municipality, [...(ratiosOf.get(x.municipality) ?? []), x.ratio * pooled]);
      for (const [m, ratios] of ratiosOf) combiner.bias[`${cell}|${bin}|${m}`] = clamp(pooled * shrunk(ratios, 1));
    }
  }
  return combiner;
}

const weightsOf = (combiner: Combiner, cell: string, municipality: string) =>
  combiner.weights[`${cell}|${municipality}`] ?? combiner.weights[cell] ?? {};

/** The combined forecasts; `baseOf` gives an area's value at the origin (its size). */
export function applyCombiner(
  combiner: Combiner,
  forecasts: ReadonlyMap<string, readonly PointForecast[]>,
  baseOf: (p: PointForecast) => number,
): PointForecast[] {
  const key = (p: PointForecast) => `${p.postalCode}|${p.ageGroup}|${p.horizon}`;
  const parts = new Map<string, { point: PointForecast; parts: { w: number; value: number }[] }>();
  for (const [method, points] of forecasts) {
    for (const p of points) {
      const w = weightsOf(combiner, cellOf(p.ageGroup, p.horizon), p.municipalityCode)[method] ?? 0;
      if (w <= 0) continue;
      const entry = parts.get(key(p)) ?? { point: p, parts: [] };
      entry.parts.push({ w, value: p.mean });
      parts.set(key(p), entry);
    }
  }
  const out: PointForecast[] = [];
  for (const { point, parts: list } of parts.values()) {
    // An area some method could not forecast gets the others' combination, re-weighted.
    const total = list.reduce((s, x) => s + x.w, 0);
    const value = combine(list.map((x) => ({ w: x.w / total, value: x.value })));
    const size = `${cellOf(point.ageGroup, point.horizon)}|${sizeBinOf(baseOf(point))}`;
    const bias = combiner.bias[`${size}|${point.municipalityCode}`] ?? combiner.bias[size] ?? 1;
    out.push({ ...point, mean: value * bias });
  }
  return out;
}
