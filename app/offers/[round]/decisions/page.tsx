import type { Metadata } from 'next';
import { formatDate } from '@/core/format/number';
import { localeOf, parseLang } from '@/i18n';
import { offersDictionary } from '@/i18n/offers';
import { auditView } from '@/server/offers/access';
import { roundChildren, roundDecisions } from '@/server/offers/views';
import { DataTable } from '@/ui/data-table';
import { RoundTabs, SyntheticNotes } from '@/ui/offers/round-tabs';
import type { SearchParams } from '../../../_page-data';
import { loadRoundPage } from '../../_round';
import '../../offers.css';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: offersDictionary(parseLang((await searchParams).lang)).decisions.heading };
}

/** The round's decisions, each with its printable page and PDF; the accepted placements export for eVaka. */
export default async function DecisionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ round: string }>;
  searchParams: SearchParams;
}) {
  const { round, lang, actor, permitted } = await loadRoundPage('offers.read', params, searchParams);
  const t = offersDictionary(lang);
  const d = t.decisions;
  await auditView(actor, round.id, 'decisions');
  const [decisions, { rows }] = await Promise.all([roundDecisions(round), roundChildren(round, lang)]);
  const offerOf = new Map(rows.filter((r) => r.offer).map((r) => [r.child.childId, r]));
  const locale = localeOf(lang);
  return (
    <article data-testid="offers-decisions">
      <h1>
        {round.settings.name}: {d.heading}
      </h1>
      <RoundTabs lang={lang} roundId={round.id} current="decisions" />
      <SyntheticNotes lang={lang} synthetic={round.synthetic} derived={false} />
      {permitted.includes('offers.decide') ? (
        <p>
          <a href={`/api/offers/rounds/${round.id}/placements`} download data-testid="export-placements">
            {t.overview.exportPlacements}
          </a>
        </p>
      ) : null}
      <h2 id="decisions-table">{d.heading}</h2>
      {decisions.length === 0 ? (
        <p>{d.none}</p>
      ) : (
        <DataTable
          labelledBy="decisions-table"
          bounded
          rows={decisions}
          rowKey={(x) => x.number}
          rowData={(x) => ({ 'data-child': x.childId, 'data-outcome': x.outcome })}
          columns={[
            { key: 'number', header: d.number, rowHeader: true, cell: (x) => x.number },
            { key: 'child', header: d.child, cell: (x) => x.childId },
            { key: 'outcome', header: d.outcome, cell: (x) => t.outcomes[x.outcome] },
            { key: 'unit', header: d.unit, cell: (x) => offerOf.get(x.childId)?.unitName ?? x.unitId ?? '–' },
            { key: 'lang', header: d.language, cell: (x) => x.language },
            { key: 'date', header: d.date, cell: (x) => formatDate(`${x.decidedOn}T12:00:00Z`, locale) },
            {
              key: 'open',
              header: d.open,
              cell: (x) => {
                const publicId = offerOf.get(x.childId)?.offer?.publicId;
                return publicId ? (
                  <a
                    href={`/offers/${round.id}/decisions/${publicId}?lang=${lang}`}
                    data-testid={`open-decision-${x.childId}`}
                  >
                    {d.open} <span className="visually-hidden">{x.number}</span>
                  </a>
                ) : null;
              },
            },
          ]}
        />
      )}
    </article>
  );
}
