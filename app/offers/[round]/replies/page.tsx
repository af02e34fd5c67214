import type { Metadata } from 'next';
import { formatDate } from '@/core/format/number';
import { localeOf, parseLang } from '@/i18n';
import { offersDictionary } from '@/i18n/offers';
import { auditView } from '@/server/offers/access';
import { roundReplies } from '@/server/offers/views';
import { DataTable } from '@/ui/data-table';
import { FileImport } from '@/ui/offers/file-import';
import { ResolveForm } from '@/ui/offers/resolve-form';
import { RoundTabs, SyntheticNotes } from '@/ui/offers/round-tabs';
import type { SearchParams } from '../../../_page-data';
import { loadRoundPage } from '../../_round';
import '../../offers.css';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: offersDictionary(parseLang((await searchParams).lang)).replies.heading };
}

/** Replies: the review queue first (what the keywords did not settle), then every reply and what it did. */
export default async function RepliesPage({
  params,
  searchParams,
}: {
  params: Promise<{ round: string }>;
  searchParams: SearchParams;
}) {
  const { round, lang, actor, permitted } = await loadRoundPage('offers.read', params, searchParams);
  const t = offersDictionary(lang);
  const r = t.replies;
  await auditView(actor, round.id, 'replies');
  const replies = await roundReplies(round);
  const review = replies.filter((x) => x.status === 'review');
  const locale = localeOf(lang);
  const canManage = permitted.includes('offers.manage') && round.status === 'open';
  const labels = {
    working: t.overview.working,
    done: t.overview.done,
    failed: t.overview.failed,
    file: t.overview.file,
    import: t.overview.import,
  };
  const columns = [
    {
      key: 'at',
      header: r.received,
      rowHeader: true,
      cell: (x: (typeof replies)[number]) => formatDate(x.receivedAt, locale, true),
    },
    { key: 'channel', header: r.channel, cell: (x: (typeof replies)[number]) => x.channel },
    { key: 'from', header: r.from, cell: (x: (typeof replies)[number]) => x.sender ?? '–' },
    { key: 'text', header: r.text, cell: (x: (typeof replies)[number]) => x.text },
    { key: 'parsed', header: r.parsed, cell: (x: (typeof replies)[number]) => t.replyParsed[x.parsed] },
    { key: 'children', header: r.children, cell: (x: (typeof replies)[number]) => x.childIds.join(', ') || '–' },
    { key: 'status', header: r.status, cell: (x: (typeof replies)[number]) => t.replyStatus[x.status] },
  ];
  return (
    <article data-testid="offers-replies">
      <h1>
        {round.settings.name}: {r.heading}
      </h1>
      <RoundTabs lang={lang} roundId={round.id} current="replies" />
      <SyntheticNotes lang={lang} synthetic={round.synthetic} derived={false} />
      <section aria-labelledby="review-heading">
        <h2 id="review-heading">{r.review}</h2>
        {review.length === 0 ? (
          <p data-testid="review-empty">{r.noReview}</p>
        ) : (
          <DataTable
            labelledBy="review-heading"
            testId="review-queue"
            rows={review}
            rowKey={(x) => x.id}
            columns={[
              ...columns,
              ...(canManage
                ? [
                    {
                      key: 'resolve',
                      header: r.resolve,
                      cell: (x: (typeof replies)[number]) => (
                        <ResolveForm lang={lang} replyId={x.id} needsChild={x.familyId === null} />
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </section>
      {canManage ? (
        <FileImport
          url={`/api/offers/rounds/${round.id}/replies`}
          legend={r.importHeading}
          labels={labels}
          testId="import-replies"
        />
      ) : null}
      <section aria-labelledby="all-replies">
        <h2 id="all-replies">{r.all}</h2>
        <DataTable
          labelledBy="all-replies"
          bounded
          rows={replies}
          rowKey={(x) => x.id}
          columns={columns}
          testId="all-replies-table"
        />
      </section>
    </article>
  );
}
