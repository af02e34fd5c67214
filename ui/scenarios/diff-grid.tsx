import type { ComparisonRow } from '@/domain/report/scenario-compare';
import type { Dictionary } from '@/i18n';
import { DataTable, type Column } from '../data-table';
import { classifyChange, describeDemandChange, formatChange, describeWithheld } from './comparison-format';

type AreaYears = [postalCode: string, byYear: Map<number, ComparisonRow>];

/** The change in demand of every area (rows) and year (columns), coloured by size; the figures in the title. */
export function DiffGrid(props: { rows: ComparisonRow[]; years: number[]; t: Dictionary; labelledBy: string }) {
  const { years, t } = props;
  const byArea = new Map<string, Map<number, ComparisonRow>>();
  for (const r of props.rows) {
    if (!byArea.has(r.postalCode)) byArea.set(r.postalCode, new Map());
    byArea.get(r.postalCode)!.set(r.year, r);
  }
  const columns: Column<AreaYears>[] = [
    { key: 'area', header: t.scenarios.postalCode, rowHeader: true, cell: ([code]) => code },
    ...years.map((y): Column<AreaYears> => ({
      key: String(y),
      header: y,
      numeric: true,
      cell: ([, ys]) => {
        const r = ys.get(y);
        return !r ? null : r.status !== 'ok' ? describeWithheld(r, t) : formatChange(r.demandChange, t);
      },
      cellClassName: ([, ys]) => {
        const r = ys.get(y);
        return !r ? undefined : r.status !== 'ok' ? 'num withheld' : `num ${classifyChange(r.demandChange)}`;
      },
      cellTitle: ([, ys]) => {
        const r = ys.get(y);
        return r && r.status === 'ok' ? describeDemandChange(r, t) : undefined;
      },
    })),
  ];
  return (
    <DataTable
      columns={columns}
      rows={[...byArea]}
      rowKey={([code]) => code}
      labelledBy={props.labelledBy}
      testId="diff-grid"
      className="diff-grid"
      bounded
    />
  );
}
