import { toCsv, type CsvColumn } from '../../core/format/csv';
import type { ForecastRow } from '../core/forecast-row';

/** The forecast CLI contract: these columns, one row per area x age group x target year. */
export const FORECAST_CSV_HEADER =
  'postal_code,municipality_code,age_group,year,horizon,mean,lo80,hi80,lo95,hi95,model,model_version';

const AGE_ORDER: Record<string, number> = { '0-2': 0, '3-6': 1, '6': 2 };
const num = (x: number) => (Number.isFinite(x) ? Math.round(x * 1000) / 1000 : null);

export function formatForecastCsv(rows: readonly ForecastRow[], modelVersion: string): string {
  const columns: CsvColumn<ForecastRow>[] = [
    { name: 'postal_code', value: (r) => r.postalCode },
    { name: 'municipality_code', value: (r) => r.municipalityCode },
    { name: 'age_group', value: (r) => r.ageGroup },
    { name: 'year', value: (r) => r.year },
    { name: 'horizon', value: (r) => r.horizon },
    { name: 'mean', value: (r) => num(r.mean) },
    { name: 'lo80', value: (r) => num(r.lo80) },
    { name: 'hi80', value: (r) => num(r.hi80) },
    { name: 'lo95', value: (r) => num(r.lo95) },
    { name: 'hi95', value: (r) => num(r.hi95) },
    { name: 'model', value: (r) => r.model },
    { name: 'model_version', value: () => modelVersion },
  ];
  const sorted = [...rows].sort(
    (a, b) =>
      a.postalCode.localeCompare(b.postalCode) || AGE_ORDER[a.ageGroup] - AGE_ORDER[b.ageGroup] || a.year - b.year,
  );
  return toCsv(columns, sorted);
}
