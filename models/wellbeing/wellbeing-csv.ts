import { toCsv, type CsvColumn } from '../../core/format/csv';
import type { OutcomeForecast } from './forecast-at-origin';

/**
 * The wellbeing CLI contract (stable; other tools read it): one row per municipality, corrective-service
 * indicator and target year. `indicator` is the source's own title, `year` the statistical year (for the
 * Diak 3-year windows, the centre year), `model` the method that made the row (naive, ridge or tfjs).
 */
export const WELLBEING_CSV_HEADER = 'municipality_code,indicator,year,horizon,mean,lo80,hi80,model';

const num = (x: number) => (Number.isFinite(x) ? Math.round(x * 10_000) / 10_000 : null);

export function formatWellbeingCsv(rows: readonly OutcomeForecast[], titleOf: (indicator: string) => string): string {
  const columns: CsvColumn<OutcomeForecast>[] = [
    { name: 'municipality_code', value: (r) => r.area },
    { name: 'indicator', value: (r) => titleOf(r.outcome) },
    { name: 'year', value: (r) => r.year },
    { name: 'horizon', value: (r) => r.horizon },
    { name: 'mean', value: (r) => num(r.mean) },
    // No error history and no observed change yet (the first year of a series): the interval is unknown.
    { name: 'lo80', value: (r) => (r.band === 'none' ? null : num(r.lo80)) },
    { name: 'hi80', value: (r) => (r.band === 'none' ? null : num(r.hi80)) },
    { name: 'model', value: (r) => r.model },
  ];
  return toCsv(columns, rows);
}
