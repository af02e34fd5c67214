import { ANCHOR_MODEL, CEILING_TOTALS, CEILING_TOTALS_DWELLINGS } from '../../domain/forecasting/methods';
import type { Panel } from '../core/panel';
import type { ScoredForecast } from './nested-backtest';
import { isReported, postalScopes, type SummaryRow } from './summarise';
import { scaleToMunicipalTotals } from '../combination/municipal-totals';

/**
 * How much better than the anchor any model could be with this data: the anchor's backtest forecasts
 * corrected with what no forecast can know - every municipality's later published total (perfect
 * births and migration at the municipal level), and then also every area's later published number
 * of dwellings (perfect housing plans, its effect fitted on the same rows). What is left is the
 * year-to-year variation of each area's children that neither explains. A ceiling far below 25 %
 * skill says the goal cannot be reached by a better model of births, migration or housing alone.
 */
export interface Ceiling {
  scope: string;
  ageGroup: string;
  horizon: number;
  n: number;
  /** The anchor's MAPE. */
  anchor: number;
  /** MAPE with every municipality's later total known. */
  knownTotals: number;
  /** MAPE with the later totals and every area's later dwellings known. */
  knownTotalsAndDwellings: number;
}

interface Point {
  row: ScoredForecast;
  /** log growth of the area's dwellings from the origin to the target year; null where unpublished. */
  dwellingGrowth: number | null;
  value: number;
}

const rowOf = (p: Point) => p.row;
const valueOf = (p: Point) => p.value;

const mape = (points: readonly Point[]) =>
  (100 * points.reduce((s, p) => s + Math.abs(p.value - p.row.actual) / p.row.actual, 0)) / points.length;

/** Each municipality's forecasts scaled so that they sum to its later published total. */
function toKnownTotals(points: readonly Point[]): Point[] {
  const scaled = scaleToMunicipalTotals(points, rowOf, valueOf);
  return points.map((p, i) => ({ ...p, value: scaled[i] }));
}

/** The least-squares effect of dwelling growth on the log error, applied where dwellings are published. */
function withKnownDwellings(points: readonly Point[]): Point[] {
  const known = points.filter((p) => p.dwellingGrowth !== null);
  if (known.length < 2) return [...points];
  const xs = known.map((p) => p.dwellingGrowth!);
  const ys = known.map((p) => Math.log((p.row.actual + 1) / (p.value + 1)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const sxx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  const slope = sxx > 0 ? xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0) / sxx : 0;
  return points.map((p) =>
    p.dwellingGrowth === null ? p : { ...p, value: (p.value + 1) * Math.exp(slope * (p.dwellingGrowth - mx)) - 1 },
  );
}

export function measureCeilings(scored: readonly ScoredForecast[], panel: Panel): Ceiling[] {
  const dwellings = new Map(panel.areas.map((a) => [a.postalCode, a.byYear]));
  const growth = (r: ScoredForecast) => {
    const from = dwellings.get(r.postalCode)?.get(r.origin)?.dwellings;
    const to = dwellings.get(r.postalCode)?.get(r.year)?.dwellings;
    return from && to ? Math.log(to / from) : null;
  };
  const cells = new Map<string, Point[]>();
  for (const row of scored) {
    if (row.model !== ANCHOR_MODEL || row.ageGroup === '6') continue;
    for (const scope of postalScopes(row)) {
      const k = `${scope}|${row.ageGroup}|${row.horizon}`;
      const list = cells.get(k) ?? [];
      list.push({ row, dwellingGrowth: growth(row), value: row.mean });
      cells.set(k, list);
    }
  }
  const out: Ceiling[] = [];
  for (const [k, all] of cells) {
    const [scope, ageGroup, horizon] = k.split('|');
    if (!isReported(scope, all.map(rowOf))) continue;
    const totals = toKnownTotals(all);
    const both = toKnownTotals(withKnownDwellings(totals));
    const positive = (ps: Point[]) => ps.filter((p) => p.row.actual > 0);
    out.push({
      scope,
      ageGroup,
      horizon: Number(horizon),
      n: positive(all).length,
      anchor: mape(positive(all)),
      knownTotals: mape(positive(totals)),
      knownTotalsAndDwellings: mape(positive(both)),
    });
  }
  return out.sort(
    (a, b) => b.scope.localeCompare(a.scope) || a.ageGroup.localeCompare(b.ageGroup) || a.horizon - b.horizon,
  );
}

/** The ceilings as Markdown, for the bench and docs/forecasting.md. */
export function ceilingTable(ceilings: readonly Ceiling[]): string[] {
  const skill = (x: number, anchor: number) => `${Math.round(100 * (1 - x / anchor))} %`;
  return [
    '| scope | age | h | n | anchor | later municipal totals known | and later dwellings known | most skill left |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...ceilings.map(
      (c) =>
        `| ${c.scope} | ${c.ageGroup} | ${c.horizon} | ${c.n} | ${c.anchor.toFixed(1)} | ${c.knownTotals.toFixed(1)} | ${c.knownTotalsAndDwellings.toFixed(1)} | ${skill(c.knownTotalsAndDwellings, c.anchor)} |`,
    ),
  ];
}

/** The ceilings as backtest rows (MAPE only), stored with a version so /models can show them. */
export function ceilingRows(ceilings: readonly Ceiling[]): SummaryRow[] {
  return ceilings.flatMap((c) =>
    (
      [
        [CEILING_TOTALS, c.knownTotals],
        [CEILING_TOTALS_DWELLINGS, c.knownTotalsAndDwellings],
      ] as const
    ).map(([model, mape]) => ({
      model,
      scope: c.scope,
      ageGroup: c.ageGroup,
      horizon: c.horizon,
      sizeClass: 'all',
      n: c.n,
      mape,
      medape: NaN,
      malpe: NaN,
      wape: NaN,
      coverage80: null,
      coverage95: null,
      bestBaseline: null,
      skill: null,
    })),
  );
}
