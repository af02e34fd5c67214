import { formatDate } from '@/core/format/number';
import { dictionary, type Lang } from '@/i18n';
import { DataTable, type Column } from '../data-table';

/** An audit event as the page shows it (GET /api/audit's entries). */
export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  object_type: string | null;
  object_id: string | null;
  outcome: string;
  address: string | null;
  details: Record<string, unknown>;
}

const objectText = (e: AuditRow) => [e.object_type, e.object_id].filter(Boolean).join(' ');

const detailsText = (e: AuditRow) => {
  const entries = Object.entries(e.details ?? {});
  return entries.length ? entries.map(([k, v]) => `${k}=${String(v)}`).join(', ') : undefined;
};

/** The audit trail, newest first: time (Finland's time zone), who, what, to which object, outcome, from where. */
export function AuditTable(props: { lang: Lang; entries: readonly AuditRow[]; labelledBy: string }) {
  const t = dictionary(props.lang);
  const a = t.audit;
  const columns: Column<AuditRow>[] = [
    {
      key: 'at',
      header: a.time,
      rowHeader: true,
      cell: (e) => <time dateTime={e.at}>{formatDate(e.at, t.locale, true)}</time>,
    },
    { key: 'actor', header: a.actor, cell: (e) => e.actor },
    { key: 'action', header: a.action, cell: (e) => <code>{e.action}</code> },
    { key: 'object', header: a.object, cell: (e) => objectText(e), cellTitle: detailsText },
    {
      key: 'outcome',
      header: a.outcome,
      cell: (e) => <span className={`audit-outcome outcome-${e.outcome}`}>{a.outcomeName(e.outcome)}</span>,
    },
    { key: 'address', header: a.address, cell: (e) => e.address ?? '–' },
  ];
  return (
    <DataTable
      columns={columns}
      rows={props.entries}
      rowKey={(e) => e.id}
      rowData={(e) => ({ 'data-testid': 'audit-row', 'data-id': String(e.id), 'data-action': e.action })}
      labelledBy={props.labelledBy}
      testId="audit-table"
      footer={props.entries.length === 0 ? a.none : undefined}
    />
  );
}
