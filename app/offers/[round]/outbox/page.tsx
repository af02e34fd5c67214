import type { Metadata } from 'next';
import { formatDate } from '@/core/format/number';
import { localeOf, parseLang } from '@/i18n';
import { offersDictionary } from '@/i18n/offers';
import { auditView } from '@/server/offers/access';
import { roundOutbox } from '@/server/offers/views';
import { DataTable } from '@/ui/data-table';
import { PostAction } from '@/ui/offers/post-action';
import { RoundTabs, SyntheticNotes } from '@/ui/offers/round-tabs';
import { firstParam, type SearchParams } from '../../../_page-data';
import { loadRoundPage } from '../../_round';
import '../../offers.css';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: offersDictionary(parseLang((await searchParams).lang)).outbox.heading };
}

/** The outbox: every message with its channel, language, status and sender; personal links shown redacted. */
export default async function OutboxPage({
  params,
  searchParams,
}: {
  params: Promise<{ round: string }>;
  searchParams: SearchParams;
}) {
  const { round, lang, actor, sp, permitted } = await loadRoundPage('offers.read', params, searchParams);
  const t = offersDictionary(lang);
  const o = t.outbox;
  const page = Math.max(0, Number(firstParam(sp.page) ?? 0) || 0);
  await auditView(actor, round.id, 'outbox', { page });
  const { messages, counts } = await roundOutbox(round, page);
  const locale = localeOf(lang);
  const labels = { working: t.overview.working, done: t.overview.done, failed: t.overview.failed };
  return (
    <article data-testid="offers-outbox">
      <h1>
        {round.settings.name}: {o.heading}
      </h1>
      <RoundTabs lang={lang} roundId={round.id} current="outbox" />
      <SyntheticNotes lang={lang} synthetic={round.synthetic} derived={false} />
      <h2 id="counts-heading">{o.counts}</h2>
      <ul className="offers-states" aria-labelledby="counts-heading" data-testid="outbox-counts">
        {Object.entries(t.messageStatus).map(([k, label]) => (
          <li key={k} data-status={k}>
            {label}: <strong>{counts[k] ?? 0}</strong>
          </li>
        ))}
      </ul>
      {permitted.includes('offers.send') && round.status === 'open' ? (
        <div className="offers-toolbar">
          <PostAction
            url={`/api/offers/rounds/${round.id}/send`}
            body={{ what: 'deliver' }}
            label={t.overview.deliver}
            labels={labels}
            testId="deliver"
            showCounts
          />
          <PostAction
            url={`/api/offers/rounds/${round.id}/send`}
            body={{ what: 'retry' }}
            label={t.overview.retry}
            labels={labels}
            testId="retry"
            showCounts
          />
        </div>
      ) : null}
      <h2 id="outbox-table">{o.heading}</h2>
      {messages.length === 0 ? (
        <p>{o.none}</p>
      ) : (
        <DataTable
          labelledBy="outbox-table"
          bounded
          rows={messages}
          rowKey={(m) => m.id}
          rowData={(m) => ({ 'data-channel': m.channel, 'data-status': m.status, 'data-language': m.language })}
          columns={[
            { key: 'id', header: '#', rowHeader: true, cell: (m) => m.id },
            { key: 'kind', header: o.kind, cell: (m) => t.messageKinds[m.kind] },
            { key: 'channel', header: o.channel, cell: (m) => t.channels[m.channel] },
            { key: 'lang', header: o.language, cell: (m) => m.language },
            { key: 'to', header: o.recipient, cell: (m) => m.recipient ?? '–' },
            { key: 'status', header: o.status, cell: (m) => t.messageStatus[m.status] },
            { key: 'sender', header: o.sender, cell: (m) => m.sender ?? '–' },
            { key: 'error', header: o.error, cell: (m) => m.lastError ?? '' },
            { key: 'created', header: o.created, cell: (m) => formatDate(m.createdAt, locale, true) },
            {
              key: 'preview',
              header: o.preview,
              cell: (m) => (
                <div className="offers-preview">{m.subject ? `${m.subject}\n\n${m.preview}` : m.preview}</div>
              ),
            },
          ]}
        />
      )}
    </article>
  );
}
