import type { Metadata } from 'next';
import { today } from '@/core/config/reference';
import { formatDate, formatNumber } from '@/core/format/number';
import { isPermitted } from '@/domain/auth/actions';
import { localeOf, parseLang } from '@/i18n';
import { offersDictionary } from '@/i18n/offers';
import { roundsFor } from '@/server/offers/rounds';
import { DataTable } from '@/ui/data-table';
import { CreateRoundForm } from '@/ui/offers/create-round-form';
import { UnavailableNotice } from '@/ui/unavailable-notice';
import { requirePage } from '../_auth';
import { loadPageData, type SearchParams } from '../_page-data';
import './offers.css';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: offersDictionary(parseLang((await searchParams).lang)).title };
}

/** The placement officer's rounds (counts only; a round's own pages show its children) and a new round. */
export default async function OffersPage({ searchParams }: { searchParams: SearchParams }) {
  const { user } = await requirePage('offers.read');
  const lang = parseLang((await searchParams).lang);
  const t = offersDictionary(lang);
  const loaded = await loadPageData(() => roundsFor(user));
  if (!loaded.available) return <UnavailableNotice lang={lang} heading={t.title} />;
  const locale = localeOf(lang);
  const nextYear = Number(today().slice(0, 4)) + 1;
  return (
    <article data-testid="offers-rounds">
      <div className="page-head">
        <div>
          <h1>{t.title}</h1>
          <p className="lead">{t.lead}</p>
        </div>
      </div>
      <section aria-labelledby="rounds-heading">
        <h2 id="rounds-heading">{t.list.heading}</h2>
        {loaded.data.length === 0 ? (
          <p>{t.list.none}</p>
        ) : (
          <DataTable
            labelledBy="rounds-heading"
            rowKey={(r) => r.id}
            rows={loaded.data}
            columns={[
              {
                key: 'name',
                header: t.list.name,
                rowHeader: true,
                cell: (r) => (
                  <a href={`/offers/${r.id}?lang=${lang}`}>
                    {r.settings.name}
                    {r.synthetic ? ` (${t.synthetic.split(':')[0]})` : ''}
                  </a>
                ),
              },
              { key: 'kind', header: t.list.kind, cell: (r) => t.kinds[r.settings.kind] },
              { key: 'year', header: t.list.startYear, numeric: true, cell: (r) => r.settings.startYear },
              {
                key: 'children',
                header: t.list.children,
                numeric: true,
                cell: (r) => formatNumber(r.children, locale),
              },
              {
                key: 'deadline',
                header: t.list.deadline,
                cell: (r) => formatDate(`${r.settings.answerDeadline}T12:00:00Z`, locale),
              },
              {
                key: 'retention',
                header: t.list.retention,
                cell: (r) => formatDate(`${r.settings.retentionEnd}T12:00:00Z`, locale),
              },
              {
                key: 'status',
                header: t.list.status,
                cell: (r) => (r.status === 'open' ? t.list.open : t.list.purged),
              },
            ]}
          />
        )}
      </section>
      {isPermitted(user, 'offers.manage') ? (
        <section aria-labelledby="create-heading">
          <h2 id="create-heading">{t.create.heading}</h2>
          <CreateRoundForm lang={lang} defaultYear={nextYear} />
        </section>
      ) : null}
    </article>
  );
}
