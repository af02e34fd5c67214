import 'server-only';
import { toCsv, type CsvColumn } from '../../core/format/csv';
import { indicatorById, OUTCOMES } from '../../domain/wellbeing/indicator-catalogue';
import type { Authorized } from '../auth/authorize';
import { recordExport } from '../audit';
import { discloseForecast, discloseIndex } from './disclose';
import { queryAreas, queryAttributions, queryForecasts, queryIndex, queryLatestPopulation } from './wellbeing-sql';

/**
 * The wellbeing CSV exports, at the municipal level the sources publish (never finer): the index of
 * every municipality and year, or the forecasts of every corrective service. Figures go through the same
 * disclosure control as the pages (withheld ones are empty cells with their reason), and every export
 * is recorded in the audit trail before it is handed out.
 */
export const EXPORT_KINDS = ['index', 'forecasts'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

const round = (v: number | null, digits: number) => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);
const SOURCES = ['diak-index-series', 'statfin-key-figures', 'sotkanet-indicators', 'sotkanet-population'];

export async function wellbeingCsv(by: Authorized, kind: ExportKind): Promise<{ name: string; csv: string }> {
  const [areas, people, attributions] = await Promise.all([
    queryAreas('municipality'),
    queryLatestPopulation('municipality'),
    queryAttributions(SOURCES),
  ]);
  const nameOf = new Map(areas.map((a) => [a.area, a]));
  const notes = ['Areas only: municipal statistics, never individuals.', ...attributions.map((a) => a.attribution)];
  let csv: string;
  if (kind === 'index') {
    const rows = (await queryIndex('municipality')).map((r) => ({
      ...r,
      d: discloseIndex('municipality', r.index_value, r.population),
    }));
    const columns: CsvColumn<(typeof rows)[number]>[] = [
      { name: 'municipality_code', value: (r) => r.area },
      { name: 'municipality', value: (r) => nameOf.get(r.area)?.name_fi },
      { name: 'region', value: (r) => nameOf.get(r.area)?.group_name },
      { name: 'year', value: (r) => r.year },
      { name: 'index', value: (r) => round(r.d.value, 3) },
      { name: 'status', value: (r) => r.d.status },
      { name: 'factors', value: (r) => r.factors },
    ];
    csv = toCsv(columns, rows, notes);
  } else {
    const peopleOf = new Map(people.map((p) => [p.area, p.population]));
    const order = new Map(OUTCOMES.map((o, i) => [o.id, i]));
    const rows = (await queryForecasts({}))
      .map((f) => ({ ...f, d: discloseForecast(f.indicator, f, peopleOf.get(f.municipality_code)) }))
      .sort(
        (a, b) =>
          (order.get(a.indicator) ?? 0) - (order.get(b.indicator) ?? 0) ||
          a.municipality_code.localeCompare(b.municipality_code) ||
          a.horizon - b.horizon,
      );
    const columns: CsvColumn<(typeof rows)[number]>[] = [
      { name: 'municipality_code', value: (r) => r.municipality_code },
      { name: 'municipality', value: (r) => nameOf.get(r.municipality_code)?.name_fi },
      { name: 'indicator', value: (r) => indicatorById(r.indicator)?.title ?? r.indicator },
      { name: 'year', value: (r) => r.year },
      { name: 'horizon', value: (r) => r.horizon },
      { name: 'mean', value: (r) => round(r.d.mean, 2) },
      { name: 'lo80', value: (r) => round(r.d.lo80, 2) },
      { name: 'hi80', value: (r) => round(r.d.hi80, 2) },
      { name: 'model', value: (r) => r.model },
      { name: 'status', value: (r) => r.d.status },
    ];
    csv = toCsv(columns, rows, notes);
  }
  await recordExport(by, 'wellbeing.read', 'wellbeing-export', kind, { format: 'csv' });
  return { name: `wellbeing-${kind}.csv`, csv };
}
