import type { LayerInfo, MapCell, MapPayload } from '@/domain/dashboard/types';

/**
 * Colour scales of the map layers. Pure: a scale is a function of the layer and all its values
 * (every year), so colours mean the same in every year and the legend does not jump.
 */

export const NO_DATA = '#e9ecef';
export const SUPPRESSED = '#9aa3ad';
export const RAG_COLOURS = { red: '#c62828', amber: '#f0a202', green: '#2e7d32' } as const;

// ColorBrewer Blues (sequential) and a red-yellow-green diverging ramp (shortfall red).
const SEQUENTIAL = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
const DIVERGING = ['#1a9641', '#a6d96a', '#f7f7d0', '#fdae61', '#d7191c'];

export interface LegendEntry {
  colour: string;
  /** A numeric class [from, to) or a named category. */
  from?: number;
  to?: number;
  category?: 'red' | 'amber' | 'green';
}

export interface ColourScale {
  colour(cell: MapCell | undefined): string;
  classes: LegendEntry[];
}

/** Rounds to two significant digits, so class breaks read like 120, 250, 1 100. */
export function nice(v: number): number {
  if (v === 0) return 0;
  const p = 10 ** (Math.floor(Math.log10(Math.abs(v))) - 1);
  return Math.round(v / p) * p;
}

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function classesFromBreaks(breaks: number[], palette: string[]): LegendEntry[] {
  const colours = breaks.length + 1 === palette.length ? palette : palette.slice(palette.length - breaks.length - 1);
  return colours.map((colour, i) => ({
    colour,
    from: i === 0 ? undefined : breaks[i - 1],
    to: i < breaks.length ? breaks[i] : undefined,
  }));
}

function pick(classes: LegendEntry[], v: number): string {
  for (const c of classes) if (c.to === undefined || v < c.to) return c.colour;
  return classes[classes.length - 1].colour;
}

export function buildScale(layer: LayerInfo, values: MapPayload['values']): ColourScale {
  const all: number[] = [];
  for (const year of Object.values(values))
    for (const cell of Object.values(year)) if (cell.v !== null && !cell.st) all.push(cell.v);
  all.sort((a, b) => a - b);

  let classes: LegendEntry[];
  if (layer.kind === 'categorical') {
    classes = (['red', 'amber', 'green'] as const).map((category) => ({ colour: RAG_COLOURS[category], category }));
  } else if (layer.kind === 'percent') {
    // Fill rate: below 85 % there is room, above 100 % demand exceeds the places.
    classes = classesFromBreaks([85, 95, 100, 110], DIVERGING);
  } else if (layer.kind === 'diverging') {
    const abs = all.map(Math.abs).sort((a, b) => a - b);
    const a = Math.max(10, nice(quantile(abs, 0.8)));
    const b = Math.max(5, nice(a / 4));
    classes = classesFromBreaks([-a, -b, b, a], DIVERGING);
  } else {
    const breaks = [...new Set([0.2, 0.4, 0.6, 0.8].map((q) => nice(quantile(all, q))))].filter((b) => b > 0);
    classes = classesFromBreaks(breaks.length ? breaks : [1], SEQUENTIAL);
  }

  return {
    classes,
    colour(cell) {
      if (!cell) return NO_DATA;
      if (layer.kind === 'categorical')
        return cell.rag ? RAG_COLOURS[cell.rag] : cell.st === 'suppressed' ? SUPPRESSED : NO_DATA;
      if (cell.st === 'suppressed') return SUPPRESSED;
      // Fewer than 5 children: the lowest class (the number itself never reaches the browser). A ratio or
      // gap withheld because its demand is below 5 has no meaningful class: shown like missing data.
      if (cell.st === 'small') return layer.kind === 'sequential' ? classes[0].colour : NO_DATA;
      if (cell.v === null) return NO_DATA;
      return pick(classes, cell.v);
    },
  };
}
