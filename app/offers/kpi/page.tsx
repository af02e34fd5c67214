import type { Metadata } from 'next';
import { isAppError } from '@/core/errors';
import { dictionary, localeOf, parseLang } from '@/i18n';
import { formatCount } from '@/domain/privacy/disclosure';
import { offersDictionary } from '@/i18n/offers';
import { roundFor } from '@/server/offers/access';
import { pageActor } from '@/server/offers/actor';
import { demandTrend, roundKpi } from '@/server/offers/kpi';
import { roundsForKpi } from '@/server/offers/rounds';
import { DataTable } from '@/ui/data-table';
import { FillTable, KpiTable, PublishedTable } from '@/ui/offers/kpi-tables';
import { UnavailableNotice } from '@/ui/unavailable-notice';
import { requirePage } from '../../_auth';
import { firstParam, loadPageData, type SearchParams } from '../../_page-data';
import '../offers.css';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: offersDictionary(parseLang((await searchParams).lang)).kpi.heading };
}

/**
 * Follow-up of the offer rounds for managers and leadership (and the placement officer): aggregates only,
 * disclosure-controlled, beside Helsinki's published figures, and the children the forecasts expect.
 */
export default async function OffersKpiPage({ searchParams }: { searchParams: SearchParams }) {
  const { user } = await requirePage('offers.kpi');
  const sp = await searchParams;
  const lang = parseLang(sp.lang);
  const t = offersDictionary(lang).kpi;
  const loaded = await loadPageData(async () => {
    const rounds = await roundsForKpi(user);
    const wanted = Number(firstParam(sp.round));
    const chosen = rounds.find((r) => r.id === wanted) ?? rounds[0];
    if (!chosen) return { rounds, chosen: null, kpi: null, demand: [] };
    const round = await roundFor(user, 'offers.kpi', chosen.id, await pageActor(user)).catch((err: unknown) => {
      if (isAppError(err) && err.code === 'forbidden') return null;
      throw err;
    });
    if (!round) return { rounds, chosen: null, kpi: null, demand: [] };
    return { rounds, chosen: round, kpi: await roundKpi(round), demand: await demandTrend(round) };
  });
  if (!loaded.available) return <UnavailableNotice lang={lang} heading={t.heading} />;
  const { rounds, chosen, kpi, demand } = loaded.data;
  const locale = localeOf(lang);
  const years = [...new Set(demand.flatMap((d) => d.values.map((v) => v.year)))].sort();
  const forecastYears = new Set(demand.flatMap((d) => d.values.filter((v) => v.forecast).map((v) => v.year)));
  const f = offersDictionary(lang);
  const c = dictionary(lang).common;
  return (
    <article data-testid="offers-kpi">
      <h1>{t.heading}</h1>
      <p className="lead">{t.lead}</p>
      <form className="offers-filters" method="get">
        <input type="hidden" name="lang" value={lang} />
        <label>
          {t.choose}
          <select name="round" defaultValue={chosen?.id}>
            {rounds.map((r) => (
              <option key={r.id} value={r.id}>
                {r.settings.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          {t.show}
        </button>
      </form>
      {!chosen || !kpi ? (
        <p>{t.none}</p>
      ) : (
        <>
          {kpi.synthetic ? (
            <p className="synthetic-badge offers-synthetic" role="note">
              {f.synthetic}
            </p>
          ) : null}
          {kpi.purged ? <p className="note">{t.purged}</p> : null}
          {kpi.total ? (
            <KpiTable
              lang={lang}
              id="kpi-total"
              heading={t.total}
              rows={[{ ...kpi.total, name: chosen.settings.name }]}
              keyLabel={t.round}
            />
          ) : null}
          <PublishedTable lang={lang} published={kpi.published} total={kpi.total} />
          {kpi.byArea.length > 0 ? (
            <KpiTable lang={lang} id="kpi-area" heading={t.byArea} rows={kpi.byArea} keyLabel={f.cohort.postal} />
          ) : null}
          {kpi.byUnit.length > 0 ? (
            <KpiTable lang={lang} id="kpi-unit" heading={t.byUnit} rows={kpi.byUnit} keyLabel={f.proposals.unit} />
          ) : null}
          {kpi.fill.length > 0 ? <FillTable lang={lang} rows={kpi.fill} /> : null}
          {demand.length > 0 ? (
            <section aria-labelledby="kpi-demand">
              <h2 id="kpi-demand">{t.demand}</h2>
              <p className="note">{t.demandLead}</p>
              <DataTable
                labelledBy="kpi-demand"
                bounded
                rows={demand}
                rowKey={(d) => d.postalCode}
                columns={[
                  { key: 'area', header: f.cohort.postal, rowHeader: true, cell: (d) => d.postalCode },
                  ...years.map((y) => ({
                    key: String(y),
                    header: `${y}${forecastYears.has(y) ? (lang === 'sv' ? ' p' : lang === 'en' ? ' f' : ' e') : ''}`,
                    numeric: true,
                    cell: (d: (typeof demand)[number]) => {
                      const v = d.values.find((x) => x.year === y);
                      return formatCount(v?.value ?? null, {
                        status: v?.status ?? 'missing',
                        locale,
                        labels: { suppressed: c.suppressed, missing: c.noData },
                      });
                    },
                  })),
                ]}
              />
            </section>
          ) : null}
        </>
      )}
    </article>
  );
}
