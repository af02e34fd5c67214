import type { Metadata } from 'next';
import { formatNumber } from '@/core/format/number';
import { localeOf, parseLang } from '@/i18n';
import { offersDictionary } from '@/i18n/offers';
import { auditView } from '@/server/offers/access';
import { roundChildren } from '@/server/offers/views';
import { DataTable } from '@/ui/data-table';
import { RoundTabs, SyntheticNotes } from '@/ui/offers/round-tabs';
import { firstParam, type SearchParams } from '../../../_page-data';
import { loadRoundPage } from '../../_round';
import '../../offers.css';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: offersDictionary(parseLang((await searchParams).lang)).cohort.heading };
}

const PAGE = 200;

/** The round's children (individual data, placement role only; the view is audited). */
export default async function CohortPage({
  params,
  searchParams,
}: {
  params: Promise<{ round: string }>;
  searchParams: SearchParams;
}) {
  const { round, lang, actor, sp } = await loadRoundPage('offers.read', params, searchParams);
  const t = offersDictionary(lang);
  const c = t.cohort;
  const q = (firstParam(sp.q) ?? '').trim().slice(0, 64);
  const page = Math.max(0, Number(firstParam(sp.page) ?? 0) || 0);
  await auditView(actor, round.id, 'cohort', { page });
  const { rows } = await roundChildren(round, lang);
  const filtered = q ? rows.filter((r) => r.child.childId.includes(q) || r.child.postalCode === q) : rows;
  const shown = filtered.slice(page * PAGE, (page + 1) * PAGE);
  const locale = localeOf(lang);
  return (
    <article data-testid="offers-cohort">
      <h1>
        {round.settings.name}: {c.heading}
      </h1>
      <RoundTabs lang={lang} roundId={round.id} current="cohort" />
      <SyntheticNotes lang={lang} synthetic={round.synthetic} derived={false} />
      <form className="offers-filters" method="get">
        <input type="hidden" name="lang" value={lang} />
        <label>
          {c.filter}
          <input name="q" defaultValue={q} maxLength={64} />
        </label>
        <button type="submit" className="button">
          {c.search}
        </button>
      </form>
      <p role="status">{c.shown(shown.length, filtered.length)}</p>
      <h2 id="cohort-table" className="visually-hidden">
        {c.heading}
      </h2>
      <DataTable
        labelledBy="cohort-table"
        bounded
        rows={shown}
        rowKey={(r) => r.child.childId}
        rowData={(r) => ({ 'data-child': r.child.childId })}
        columns={[
          {
            key: 'id',
            header: c.child,
            rowHeader: true,
            cell: (r) => `${r.child.name ? `${r.child.name} · ` : ''}${r.child.childId}`,
          },
          { key: 'postal', header: c.postal, cell: (r) => r.child.postalCode },
          { key: 'lang', header: c.language, cell: (r) => r.child.language },
          { key: 'current', header: c.current, cell: (r) => r.child.currentUnitId ?? '–' },
          { key: 'sibling', header: c.sibling, cell: (r) => r.child.siblingUnitId ?? '–' },
          {
            key: 'flags',
            header: c.flags,
            cell: (r) =>
              [r.child.specialNeeds ? c.specialNeeds : null, r.child.shiftCare ? c.shiftCare : null]
                .filter(Boolean)
                .join(', ') || '–',
          },
          { key: 'glang', header: c.guardianLanguage, cell: (r) => r.child.guardianLanguage },
          {
            key: 'contact',
            header: c.contact,
            cell: (r) =>
              [r.child.guardianPhone ? t.channels.sms : null, r.child.guardianEmail ? t.channels.email : null]
                .filter(Boolean)
                .join(', ') || t.channels.letter,
          },
          {
            key: 'located',
            header: c.located,
            cell: (r) => (r.child.located === 'coordinates' ? c.byCoordinates : c.byPostalCode),
          },
          {
            key: 'survey',
            header: c.survey,
            cell: (r) =>
              r.child.survey
                ? `${r.child.survey.desiredStartDate}, ${formatNumber(r.child.survey.dailyHours, locale, 1)} h${r.child.survey.wishes.length ? `, ${r.child.survey.wishes.join(' ')}` : ''}`
                : '–',
          },
          { key: 'offer', header: c.offer, cell: (r) => r.unitName ?? '–' },
          { key: 'state', header: c.state, cell: (r) => (r.offer ? t.states[r.offer.state] : '–') },
        ]}
      />
      <nav className="paging" aria-label={c.heading}>
        <ul>
          {page > 0 ? (
            <li>
              <a href={`?${new URLSearchParams({ lang, q, page: String(page - 1) })}`}>←</a>
            </li>
          ) : null}
          {(page + 1) * PAGE < filtered.length ? (
            <li>
              <a href={`?${new URLSearchParams({ lang, q, page: String(page + 1) })}`}>→</a>
            </li>
          ) : null}
        </ul>
      </nav>
    </article>
  );
}
