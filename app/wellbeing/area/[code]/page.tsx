import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { indicatorById } from '@/domain/wellbeing/indicator-catalogue';
import { localName, parseLang } from '@/i18n';
import { indicatorLabel, wellbeingDictionary } from '@/i18n/wellbeing';
import { fetchAreaProfile } from '@/server/wellbeing/area-profile';
import { wellbeingParams } from '@/server/wellbeing/params';
import { UnavailableNotice } from '@/ui/unavailable-notice';
import { AreaValues } from '@/ui/wellbeing/area-values';
import { ContributionTable } from '@/ui/wellbeing/contribution-table';
import { DriversList } from '@/ui/wellbeing/drivers-list';
import { IndexTrendChart } from '@/ui/wellbeing/index-trend-chart';
import { OutcomeChart } from '@/ui/wellbeing/outcome-chart';
import { PostalAreasTable } from '@/ui/wellbeing/postal-areas-table';
import { WellbeingHeader } from '@/ui/wellbeing/wellbeing-header';
import { indexText, plainNumber } from '@/ui/wellbeing/wellbeing-format';
import { WhatIfControl } from '@/ui/wellbeing/what-if-control';
import { WorkloadCalculator } from '@/ui/wellbeing/workload-calculator';
import { requirePage } from '../../../_auth';
import { loadPageData, type SearchParams } from '../../../_page-data';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ code: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).code };
}

/** One area: its index and what it is made of, corrective services with forecasts, drivers, what-if, workload. */
export default async function WellbeingAreaPage({ params, searchParams }: Props) {
  await requirePage('wellbeing.read');
  const [{ code: raw }, sp] = await Promise.all([params, searchParams]);
  const lang = parseLang(sp.lang);
  const t = wellbeingDictionary(lang);
  const code = wellbeingParams.area.safeParse(raw);
  if (!code.success) notFound();
  const loaded = await loadPageData(() => fetchAreaProfile(code.data));
  if (!loaded.available) return <UnavailableNotice lang={lang} heading={code.data} />;
  const p = loaded.data;
  if (!p) notFound();
  const name = localName(lang, p.nameFi, p.nameSv);
  const groupName = p.group?.name ?? (p.group?.kind === 'region' ? t.index.region : t.index.municipality);
  const minimum = p.limits.minimum[p.geography];
  const withForecasts = p.outcomes.filter((o) => o.history.length > 0 || o.forecasts.length > 0);
  return (
    <article className="wellbeing-area" data-testid="wellbeing-area" data-code={p.code}>
      <WellbeingHeader lang={lang} current={null} title={`${t.area.kind[p.geography]}: ${name}`} />
      <p className="wellbeing-facts">
        {p.population.value !== null && p.population.year !== null
          ? t.area.population(plainNumber(lang, p.population.value), p.population.year)
          : t.status.under_minimum(minimum)}
        {p.group && ` · ${p.group.kind === 'region' ? t.area.inRegion(groupName) : t.area.inMunicipality(groupName)}`}
        {p.indexYear !== null && (
          <>
            {' · '}
            <span data-testid="area-index">
              {t.index.name} {p.indexYear}: {indexText(lang, p.index, p.limits, minimum)} (
              {t.index.factors(p.factorsUsed, p.factorsAll)})
            </span>
          </>
        )}
      </p>
      <section aria-labelledby="trend-heading">
        <h2 id="trend-heading">{t.area.indexTrend}</h2>
        <p className="note">
          {t.area.indexTrendLead} {t.index.scale}
        </p>
        {p.indexSeries.length === 0 ? (
          <p>{t.index.none}</p>
        ) : (
          <IndexTrendChart
            lang={lang}
            points={p.indexSeries}
            areaName={name}
            groupName={groupName}
            title={`${t.index.name}: ${name}`}
          />
        )}
      </section>
      {p.indexYear !== null && (
        <section aria-labelledby="contrib-heading">
          <h2 id="contrib-heading">{t.area.contributions(p.indexYear)}</h2>
          <p className="note">{t.area.contributionsLead}</p>
          <ContributionTable
            lang={lang}
            rows={p.contributions}
            groupName={groupName}
            headingId="contrib-heading"
            limits={p.limits}
          />
        </section>
      )}
      {p.geography === 'municipality' && (
        <>
          <section aria-labelledby="outcomes-heading">
            <h2 id="outcomes-heading">{t.area.outcomes}</h2>
            <p className="note">{t.area.outcomesLead}</p>
            <div className="chart-grid">
              {withForecasts.map((o) => (
                <div key={o.indicator}>
                  <OutcomeChart
                    lang={lang}
                    outcome={o}
                    indicator={indicatorById(o.indicator)!}
                    title={indicatorLabel(lang, o.indicator)}
                  />
                  {o.forecasts.length === 0 ? (
                    <p className="note">{t.area.noForecast}</p>
                  ) : (
                    <p className="note" data-testid={`methods-${o.indicator}`}>
                      {t.area.origin(o.origin!)}.{' '}
                      {o.forecasts
                        .map((f) => t.area.methodFor(f.year, t.models[f.model as keyof typeof t.models]))
                        .join(', ')}
                    </p>
                  )}
                </div>
              ))}
            </div>
          </section>
          <section aria-labelledby="drivers-heading">
            <h2 id="drivers-heading">{t.area.drivers}</h2>
            <p className="note">{t.area.driversLead}</p>
            <DriversList lang={lang} outcomes={p.outcomes} />
          </section>
          <section aria-labelledby="whatif-heading">
            <h2 id="whatif-heading">{t.whatIf.heading}</h2>
            <p className="note">{t.whatIf.lead}</p>
            <WhatIfControl lang={lang} outcomes={p.outcomes} />
          </section>
          <section aria-labelledby="workload-heading">
            <h2 id="workload-heading">{t.workload.heading}</h2>
            <WorkloadCalculator lang={lang} outcomes={p.outcomes} />
          </section>
        </>
      )}
      <section aria-labelledby="values-heading">
        <AreaValues lang={lang} profile={p} headingId="values-heading" />
      </section>
      {p.geography === 'municipality' && (
        <section aria-labelledby="postal-heading">
          <h2 id="postal-heading">{t.area.postalAreas}</h2>
          {p.postalAreas.length === 0 ? (
            <p>{t.area.postalAreasNone}</p>
          ) : (
            <PostalAreasTable lang={lang} profile={p} headingId="postal-heading" />
          )}
        </section>
      )}
      <p>
        <a href={`/wellbeing?lang=${lang}`}>← {t.area.back}</a>
      </p>
    </article>
  );
}
