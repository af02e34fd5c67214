import type { Dictionary } from '@/i18n';
import { DataTable } from '../data-table';
import { formatNumber } from '../format';

/** One loaded file (public_lineage). */
export interface LoadedFile {
  file: string;
  source: string;
  rows: number;
  sha256: string;
  loaded_at: string;
  licence: string;
}

/** Every loaded file with its source, rows, digest, load time and licence. */
export function LineageTable({ rows, t, labelledBy }: { rows: LoadedFile[]; t: Dictionary; labelledBy: string }) {
  const d = t.data;
  return (
    <DataTable
      columns={[
        { key: 'file', header: d.file, cell: (l: LoadedFile) => l.file },
        { key: 'source', header: d.source, cell: (l) => l.source },
        { key: 'rows', header: d.rows, numeric: true, cell: (l) => formatNumber(l.rows, t) },
        {
          key: 'sha',
          header: d.sha,
          cell: (l) => (
            <code className="hash" title={l.sha256}>
              {l.sha256.slice(0, 12)}
            </code>
          ),
        },
        { key: 'loaded', header: d.loaded, cell: (l) => l.loaded_at.slice(0, 19).replace('T', ' ') },
        { key: 'licence', header: d.licence, cell: (l) => l.licence },
      ]}
      rows={rows}
      rowKey={(l) => l.file}
      labelledBy={labelledBy}
      testId="lineage-table"
    />
  );
}
