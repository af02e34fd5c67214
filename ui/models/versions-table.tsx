import { dictionary, type Lang } from '@/i18n';
import { DataTable, type Column } from '../data-table';
import { formatWithheld } from '../format';
import { ActivateButton } from './model-actions';

/** A registered model version as the page lists it (public_models). */
export interface ModelVersionRow {
  version: string;
  created_at: string;
  status: string;
  cutoff: number;
  backend: string;
  data_fingerprint: string;
  data_files: { file: string; sha256: string }[] | null;
  hyperparameters: Record<string, unknown> | null;
  summary: { score?: number; backtestSeconds?: number } | null;
  note: string | null;
  forecast_rows: number;
}

const shortHash = (sha: string) => (
  <code className="hash" title={sha}>
    {sha.slice(0, 12)}
  </code>
);

/** Every version with its data vintage and metrics, and activation (a roll back when older than the active). */
export function VersionsTable(props: {
  versions: ModelVersionRow[];
  active: ModelVersionRow | undefined;
  lang: Lang;
  /** Activation and roll back are offered only to those who may activate (models.activate). */
  canActivate: boolean;
}) {
  const { lang, active } = props;
  const t = dictionary(lang);
  const m = t.modelsPage;
  const figure = (x: number | undefined, digits: number) => formatWithheld(x, t, digits);
  const columns: Column<ModelVersionRow>[] = [
    {
      key: 'version',
      header: m.version,
      rowHeader: true,
      cell: (v) => (
        <>
          <code>{v.version}</code>
          <details>
            <summary>{m.dataFiles(v.data_files?.length ?? 0)}</summary>
            <ul className="version-files" data-testid="version-files">
              {(v.data_files ?? []).map((f) => (
                <li key={f.file}>
                  {f.file} {shortHash(f.sha256)}
                </li>
              ))}
            </ul>
            <p className="version-detail">{m.hyperparameters}:</p>
            <pre className="version-detail">{JSON.stringify(v.hyperparameters ?? {}, null, 1)}</pre>
          </details>
        </>
      ),
    },
    { key: 'created', header: m.created, cell: (v) => v.created_at.slice(0, 19).replace('T', ' ') },
    { key: 'status', header: m.status, cell: (v) => m.statusName(v.status) },
    { key: 'cutoff', header: m.cutoff, numeric: true, cell: (v) => v.cutoff },
    { key: 'backend', header: m.backend, cell: (v) => v.backend },
    { key: 'score', header: m.score, numeric: true, cell: (v) => figure(v.summary?.score, 2) },
    { key: 'seconds', header: m.backtestSeconds, numeric: true, cell: (v) => figure(v.summary?.backtestSeconds, 0) },
    { key: 'fingerprint', header: m.fingerprint, cell: (v) => shortHash(v.data_fingerprint) },
    { key: 'note', header: m.note, cell: (v) => v.note ?? '', cellClassName: () => 'version-note' },
  ];
  const activation: Column<ModelVersionRow> = {
    key: 'activate',
    header: m.activate,
    cell: (v) =>
      v.status === 'active' ? (
        <strong>{m.activeNow}</strong>
      ) : v.forecast_rows === 0 ? (
        <span className="note">{m.noForecasts}</span>
      ) : (
        <ActivateButton
          version={v.version}
          lang={lang}
          rollback={active !== undefined && v.created_at < active.created_at}
        />
      ),
  };
  return (
    <DataTable
      columns={props.canActivate ? [...columns, activation] : columns}
      rows={props.versions}
      rowKey={(v) => v.version}
      rowData={(v) => ({ 'data-testid': 'model-version', 'data-status': v.status })}
      labelledBy="versions"
      testId="versions-table"
    />
  );
}
