import type { ForecastRow } from '../core/forecast-row';

/** The forecast CLI contract: this header, one row per area x age group x target year. */
export const FORECAST_CSV_HEADER =
  'postal_code,municipality_code,age_group,year,horizon,mean,lo80,hi80,lo95,hi95,model,model_version';

const num = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '');
const AGE_ORDER: Record<string, number> = { '0-2': 0, '3-6': 1, '6': 2 };

export function formatForecastCsv(rows: readonly ForecastRow[], modelVersion: string): string {
  const sorted = [...rows].sort(
    (a, b) =>
      a.postalCode.localeCompare(b.postalCode) || AGE_ORDER[a.ageGroup] - AGE_ORDER[b.ageGroup] || a.year - b.year,
  );
  const lines = sorted.map((r) =>
    [
      r.postalCode,
      r.municipalityCode,
      r.ageGroup,
      r.year,
      r.horizon,
      num(r.mean),
      num(r.lo80),
      num(r.hi80),
      num(r.lo95),
      num(r.hi95),
      r.model,
      modelVersion,
    ].join(','),
  );
  return `${[FORECAST_CSV_HEADER, ...lines].join('\n')}\n`;
}
