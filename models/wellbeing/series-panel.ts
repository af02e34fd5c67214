/**
 * The long-format panel of the wellbeing models: one value per area, indicator and statistical year
 * (for the Diak windows, the centre year), plus each area's population. Models receive a panel already
 * cut at the forecast origin (truncateSeries): the structural guarantee that no model sees the future.
 */
export interface SeriesRow {
  area: string;
  indicator: string;
  year: number;
  value: number;
}

export interface SeriesPanel {
  /** Every area with any value, sorted. */
  areas: string[];
  /** Every year with any value, ascending. */
  years: number[];
  get(indicator: string, area: string, year: number): number | undefined;
  /** Population of the area in the year, or the latest year before it (a population is slow to change). */
  populationAt(area: string, year: number): number | undefined;
  rows: readonly SeriesRow[];
  population: readonly SeriesRow[];
}

const key = (indicator: string, area: string) => `${indicator}\u0000${area}`;

export function buildSeriesPanel(rows: readonly SeriesRow[], population: readonly SeriesRow[]): SeriesPanel {
  const values = new Map<string, Map<number, number>>();
  for (const r of rows) {
    if (!Number.isFinite(r.value)) continue;
    const k = key(r.indicator, r.area);
    const byYear = values.get(k) ?? new Map<number, number>();
    values.set(k, byYear);
    byYear.set(r.year, r.value);
  }
  const people = new Map<string, [number, number][]>();
  for (const p of population) {
    if (!Number.isFinite(p.value)) continue;
    const list = people.get(p.area) ?? [];
    people.set(p.area, list);
    list.push([p.year, p.value]);
  }
  for (const list of people.values()) list.sort((a, b) => a[0] - b[0]);
  return {
    areas: [...new Set(rows.map((r) => r.area))].sort(),
    years: [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b),
    get: (indicator, area, year) => values.get(key(indicator, area))?.get(year),
    populationAt(area, year) {
      let found: number | undefined;
      for (const [y, v] of people.get(area) ?? []) if (y <= year) found = v;
      return found;
    },
    rows,
    population,
  };
}

/** The panel as known at the end of `origin`: every value of a later year is gone. */
export function truncateSeries(panel: SeriesPanel, origin: number): SeriesPanel {
  return buildSeriesPanel(
    panel.rows.filter((r) => r.year <= origin),
    panel.population.filter((r) => r.year <= origin),
  );
}
