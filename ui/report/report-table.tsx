import { reportYears, type ReportRow } from '@/domain/report/capacity-report';
import type { Dictionary } from '@/i18n';
import { DataTable, type Column } from '../data-table';
import { formatNumber } from '../format';

/** Figures of a district-year; a withheld one (demand below 5) reads once across all of them. */
const FIGURES = 8;

/**
 * The capacity report by district and year (rounded district totals). The first year of each
 * district starts a group; a shortfall is marked in bold, not by colour alone.
 */
export function ReportTable({ rows, t, labelledBy }: { rows: ReportRow[]; t: Dictionary; labelledBy: string }) {
  const r = t.report;
  const [firstYear] = reportYears(rows);
  const figure = (v: number | null) => (v === null ? '' : formatNumber(v, t));
  const column = (key: string, header: string, value: (row: ReportRow) => number | null): Column<ReportRow> => ({
    key,
    header,
    numeric: true,
    cell: (row) => figure(value(row)),
  });
  const columns: Column<ReportRow>[] = [
    { key: 'district', header: r.district, cell: (row) => row.district },
    { key: 'year', header: r.year, cell: (row) => `${row.year}${row.isForecast ? ` (${r.forecast})` : ''}` },
    {
      ...column('demand', r.demand, (row) => row.demand),
      cell: (row) => (row.withheld ? r.withheld : figure(row.demand)),
      colSpan: (row) => (row.withheld ? FIGURES : undefined),
    },
    {
      key: 'interval',
      header: r.interval,
      numeric: true,
      cell: (row) =>
        row.demandLo80 !== null && row.demandHi80 !== null ? `${figure(row.demandLo80)}–${figure(row.demandHi80)}` : '',
    },
    column('capacity', r.capacity, (row) => row.capacity),
    {
      ...column('gap', r.gap, (row) => row.gap),
      cellClassName: (row) => (row.gap !== null && row.gap > 0 ? 'num shortfall' : 'num'),
    },
    column('educators', r.educators, (row) => row.staffEducators),
    column('fte', r.fte, (row) => row.staffFte),
    column('m2', r.m2, (row) => row.floorAreaNeededM2),
    column('gapM2', r.gapM2, (row) => row.gapM2),
    {
      key: 'basis',
      header: r.basis,
      cell: (row) =>
        row.capacity === null && !row.withheld ? t.common.noData : row.syntheticCapacity ? r.synthetic : r.registry,
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(row) => `${row.districtCode}-${row.year}`}
      rowClassName={(row) => (row.year === firstYear ? 'group-start' : undefined)}
      labelledBy={labelledBy}
      testId="report-table"
      className="report-table"
    />
  );
}
