import type { Disclosed, Limits } from '../../domain/wellbeing/views';
import type { Lang } from '../../i18n';
import { formatMeasure, statusText, wellbeingDictionary } from '../../i18n/wellbeing';
import { DataTable, type Column } from '../data-table';
import { indexText, plainNumber } from './wellbeing-format';

export interface DistrictRowView {
  code: string;
  name: string;
  index: Disclosed;
  observed: Disclosed;
  expected: number | null;
  clients: Disclosed;
  workers: number | null;
}

/** Helsinki's districts in 2011: index, client rate observed and expected from the factors, workload. */
export function DistrictsTable(props: { lang: Lang; rows: DistrictRowView[]; limits: Limits; headingId: string }) {
  const { lang, limits } = props;
  const t = wellbeingDictionary(lang);
  const d = t.districts;
  const min = limits.minimum.district;
  const why = (x: Disclosed) =>
    statusText(lang, x.status === 'ok' ? 'missing' : x.status, { minimum: min, small: limits.small });
  const columns: Column<DistrictRowView>[] = [
    { key: 'name', header: d.district, rowHeader: true, cell: (r) => r.name },
    { key: 'index', header: d.index, numeric: true, cell: (r) => indexText(lang, r.index, limits, min) },
    {
      key: 'observed',
      header: d.observed,
      numeric: true,
      cell: (r) => (r.observed.value === null ? why(r.observed) : formatMeasure(lang, r.observed.value, 'percent')),
    },
    {
      key: 'expected',
      header: d.expected,
      numeric: true,
      cell: (r) => (r.expected === null ? '–' : formatMeasure(lang, r.expected, 'percent')),
    },
    {
      key: 'difference',
      header: d.difference,
      numeric: true,
      cell: (r) =>
        r.expected === null || r.observed.value === null
          ? '–'
          : `${r.observed.value >= r.expected ? '+' : '−'}${plainNumber(lang, Math.abs(r.observed.value - r.expected), 1)}`,
    },
    {
      key: 'clients',
      header: d.clients,
      numeric: true,
      cell: (r) => (r.clients.value === null ? why(r.clients) : plainNumber(lang, r.clients.value)),
    },
    { key: 'workers', header: d.workers, numeric: true, cell: (r) => (r.workers === null ? '–' : String(r.workers)) },
  ];
  return (
    <DataTable
      columns={columns}
      rows={props.rows}
      rowKey={(r) => r.code}
      labelledBy={props.headingId}
      testId="districts-table"
      rowData={(r) => ({ 'data-code': r.code })}
    />
  );
}
