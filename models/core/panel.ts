/**
 * The forecasting panel: per postal area and statistical year, the inputs every model may use.
 * Long-format source rows are pivoted here once; models never touch the warehouse.
 * A missing year (Helsinki has no Paavo 2019) is simply absent from `years`.
 */
export const AGE_GROUPS = ['0-2', '3-6'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export interface AreaYear {
  c02: number | null;
  c36: number | null;
  total: number | null;
  /** Potential parents: inhabitants aged 25-39. */
  adults: number | null;
  /** Households with children under 3 (Paavo te_plap). */
  smallChildHouseholds: number | null;
  dwellings: number | null;
  medianIncome: number | null;
  /** Six-year-olds, where single ages are published (the long series only). */
  six?: number | null;
}

export interface AreaSeries {
  postalCode: string;
  municipalityCode: string;
  byYear: Map<number, AreaYear>;
}

/** A yearly figure per municipality: municipality code -> year -> value. */
export type MunicipalSeries = ReadonlyMap<string, ReadonlyMap<number, number>>;

/** Live births per municipality and year (StatFin), the driver of every future 0-2-year-old. */
export type BirthSeries = MunicipalSeries;

export interface Panel {
  areas: AreaSeries[];
  /** Every year with any data, ascending. */
  years: number[];
  births: BirthSeries;
  /** Degree of urbanisation (%) per municipality and year: the type of area migration is shrunk towards. */
  urbanisation?: MunicipalSeries;
}

/** Groups area-year observations (any order) into a panel; each loader only says what one row holds. */
export function panelOf(
  observations: Iterable<{ areaId: string; municipalityCode: string; year: number; row: AreaYear }>,
  births: BirthSeries,
): Panel {
  const areas = new Map<string, AreaSeries>();
  const years = new Set<number>();
  for (const { areaId, municipalityCode, year, row } of observations) {
    const area = areas.get(areaId) ?? { postalCode: areaId, municipalityCode, byYear: new Map() };
    areas.set(areaId, area);
    years.add(year);
    area.byYear.set(year, row);
  }
  return { areas: [...areas.values()], years: [...years].sort((a, b) => a - b), births };
}

export const ageValue = (row: AreaYear | undefined, ageGroup: AgeGroup): number | null =>
  row ? (ageGroup === '0-2' ? row.c02 : row.c36) : null;

/** The panel as known at the end of `cutoff`: the structural guarantee that no model sees the future. */
export function truncatePanel(panel: Panel, cutoff: number): Panel {
  const areas: AreaSeries[] = [];
  for (const area of panel.areas) {
    const byYear = new Map([...area.byYear].filter(([year]) => year <= cutoff));
    if (byYear.size > 0) areas.push({ ...area, byYear });
  }
  const cut = (series: MunicipalSeries) =>
    new Map([...series].map(([code, byYear]) => [code, new Map([...byYear].filter(([year]) => year <= cutoff))]));
  return {
    areas,
    years: panel.years.filter((y) => y <= cutoff),
    births: cut(panel.births),
    ...(panel.urbanisation && { urbanisation: cut(panel.urbanisation) }),
  };
}

/** Observed (non-suppressed) values of one age group, ascending by year. */
export function historyOf(area: AreaSeries, ageGroup: AgeGroup): { year: number; value: number }[] {
  const out: { year: number; value: number }[] = [];
  for (const year of [...area.byYear.keys()].sort((a, b) => a - b)) {
    const value = ageValue(area.byYear.get(year), ageGroup);
    if (value !== null) out.push({ year, value });
  }
  return out;
}

/** Municipal sums of an age group per year over the areas that published it. */
export function municipalTotals(panel: Panel, ageGroup: AgeGroup): Map<string, Map<number, number>> {
  const totals = new Map<string, Map<number, number>>();
  for (const area of panel.areas) {
    const byYear = totals.get(area.municipalityCode) ?? new Map<number, number>();
    totals.set(area.municipalityCode, byYear);
    for (const [year, row] of area.byYear) {
      const v = ageValue(row, ageGroup);
      if (v !== null) byYear.set(year, (byYear.get(year) ?? 0) + v);
    }
  }
  return totals;
}

/**
 * Each municipality's latest published year: its areas are forecast from there (all of Finland from
 * 2017, Helsinki from 2021 in the shipped data). Returns origin -> municipalities forecast from it.
 */
export function originsByMunicipality(panel: Panel): Map<number, Set<string>> {
  const latest = new Map<string, number>();
  for (const area of panel.areas) {
    for (const [year, row] of area.byYear) {
      if (row.c02 === null || row.c36 === null) continue;
      latest.set(area.municipalityCode, Math.max(latest.get(area.municipalityCode) ?? -Infinity, year));
    }
  }
  const out = new Map<number, Set<string>>();
  for (const [code, year] of latest) out.set(year, (out.get(year) ?? new Set()).add(code));
  return out;
}
