import type { MunicipalSeries } from '../core/panel';

/** Rows of one yearly municipal figure as the panel holds them: municipality code -> year -> value. */
export function toMunicipalSeries(rows: readonly { municipality_code: string; year: number; value: number }[]) {
  const out = new Map<string, Map<number, number>>();
  for (const r of rows) {
    const byYear = out.get(r.municipality_code) ?? new Map<number, number>();
    out.set(r.municipality_code, byYear);
    byYear.set(r.year, r.value);
  }
  return out satisfies MunicipalSeries;
}
