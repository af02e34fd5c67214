import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { params as schemas } from '@/server/http/respond';
import { fetchAreaView } from '@/server/queries/area-view';
import { dictionary, parseLang } from '@/i18n';
import { AreaHeading } from '@/ui/area/area-heading';
import { DriversSection } from '@/ui/area/drivers-section';
import { HistorySection } from '@/ui/area/history-section';
import { NearbyUnits } from '@/ui/area/nearby-units';
import { PlanSection } from '@/ui/area/plan-section';
import { UnavailableNotice } from '@/ui/unavailable-notice';
import { requirePage } from '../../_auth';
import { firstParam, loadPageData, type SearchParams } from '../../_page-data';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ postalCode: string }>; searchParams: SearchParams };

const yearParam = schemas.year.optional().catch(undefined);
const scenarioParam = schemas.scenario.catch('baseline');

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).postalCode };
}

/** One postal area: children and forecast, the plan with its basis, what drives the forecast, nearby units. */
export default async function AreaPage({ params, searchParams }: Props) {
  await requirePage('dashboard.read');
  const [{ postalCode: raw }, sp] = await Promise.all([params, searchParams]);
  const lang = parseLang(sp.lang);
  const code = schemas.postalCode.safeParse(raw);
  if (!code.success) notFound();
  const scenario = scenarioParam.parse(firstParam(sp.scenario));
  const loaded = await loadPageData(() => fetchAreaView(code.data, scenario));
  if (!loaded.available) return <UnavailableNotice lang={lang} heading={code.data} />;
  const view = loaded.data;
  if (!view) notFound();
  const { area, run } = view;
  const year = yearParam.parse(firstParam(sp.year));
  // Back to the map of the area's municipality, in the year the reader came from.
  const mapHref = `/map?${new URLSearchParams({
    lang,
    ...(area.municipality_code ? { municipality: area.municipality_code } : {}),
    ...(year ? { year: String(year) } : {}),
  }).toString()}`;

  return (
    <article className="area-page">
      <AreaHeading lang={lang} area={area} residents={view.residents} run={run} mapHref={mapHref} />
      <HistorySection lang={lang} charts={view.charts} origin={run?.origin ?? null} />
      <PlanSection lang={lang} rows={view.plan} scenario={scenario} basis={view.planInfo} />
      <DriversSection
        lang={lang}
        postalCode={area.postal_code}
        explanations={view.explanations}
        origin={run?.origin}
        year={year}
      />
      <NearbyUnits lang={lang} units={view.units} />
      <p>
        <a href={mapHref}>← {dictionary(lang).area.backToMap}</a>
      </p>
    </article>
  );
}
