import type { ReportRow } from './capacity-report';

/**
 * What the written summary of a capacity report says, as facts: for the first forecast year (when it
 * is not the last) and the last year planned, the districts short of the most places, and whether the
 * capacity is partly synthetic. Words come from the dictionaries (i18n/report-summary.ts), so the
 * summary reads the same in Finnish, Swedish and English.
 */
export type YearFacts =
  | { year: number; kind: 'unknown' }
  | { year: number; kind: 'none' }
  | {
      year: number;
      kind: 'short';
      items: { district: string; gap: number; demandLo80: number | null; demandHi80: number | null }[];
      totals: { gap: number; gapM2: number; staffFte: number };
    };

export interface SummaryFacts {
  years: YearFacts[];
  synthetic: boolean;
}

function yearFacts(rows: readonly ReportRow[], year: number, top: number): YearFacts {
  if (!rows.some((r) => r.year === year && r.capacity !== null)) return { year, kind: 'unknown' };
  const short = rows
    .filter((r) => r.year === year && r.gap !== null && r.gap > 0)
    .sort((a, b) => b.gap! - a.gap! || a.district.localeCompare(b.district));
  if (short.length === 0) return { year, kind: 'none' };
  const sum = (k: 'gap' | 'gapM2' | 'staffFte') => short.reduce((s, r) => s + (r[k] ?? 0), 0);
  return {
    year,
    kind: 'short',
    items: short
      .slice(0, top)
      .map((r) => ({ district: r.district, gap: r.gap!, demandLo80: r.demandLo80, demandHi80: r.demandHi80 })),
    totals: { gap: sum('gap'), gapM2: sum('gapM2'), staffFte: sum('staffFte') },
  };
}

export function summariseReport(rows: readonly ReportRow[], top = 3): SummaryFacts {
  if (rows.length === 0) return { years: [], synthetic: false };
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const firstForecast = years.find((y) => rows.some((r) => r.year === y && r.isForecast));
  const last = years[years.length - 1];
  const shown = firstForecast !== undefined && firstForecast !== last ? [firstForecast, last] : [last];
  return { years: shown.map((y) => yearFacts(rows, y, top)), synthetic: rows.some((r) => r.syntheticCapacity) };
}
