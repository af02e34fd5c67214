import type { Dictionary } from '@/i18n';
import { DataTable } from '../data-table';
import { formatNumber } from '../format';

/** What one source holds in the warehouse (public_coverage). */
export interface SourceCoverage {
  source: string;
  files: number;
  first_year: number;
  last_year: number;
  years: number[];
  areas: number;
  values: number;
  suppressed_share: number;
}

/** Coverage by source: files, years, areas, values and the share the source itself suppressed. */
export function CoverageTable({ rows, t, labelledBy }: { rows: SourceCoverage[]; t: Dictionary; labelledBy: string }) {
  const d = t.data;
  return (
    <DataTable
      columns={[
        { key: 'source', header: d.source, cell: (c: SourceCoverage) => c.source },
        { key: 'files', header: d.files, numeric: true, cell: (c) => formatNumber(c.files, t) },
        {
          key: 'years',
          header: d.years,
          cell: (c) => `${c.first_year}-${c.last_year} (${d.yearsCount(c.years.length)})`,
        },
        { key: 'areas', header: d.areas, numeric: true, cell: (c) => formatNumber(c.areas, t) },
        { key: 'values', header: d.values, numeric: true, cell: (c) => formatNumber(c.values, t) },
        {
          key: 'withheld',
          header: d.withheld,
          numeric: true,
          cell: (c) => `${formatNumber(c.suppressed_share * 100, t, 1)} %`,
        },
      ]}
      rows={rows}
      rowKey={(c) => c.source}
      labelledBy={labelledBy}
      testId="coverage-table"
    />
  );
}
