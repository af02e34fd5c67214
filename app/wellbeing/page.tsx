import type { Metadata } from 'next';
import { z } from 'zod';
import { referenceMunicipality } from '@/core/config/reference';
import { indicatorById } from '@/domain/wellbeing/indicator-catalogue';
import { parseLang, localName } from '@/i18n';
import { indicatorLabel, wellbeingDictionary } from '@/i18n/wellbeing';
import { fetchGeometryAttributions } from '@/server/queries/lineage';
import { fetchWellbeingOverview } from '@/server/wellbeing/overview';
import { wellbeingParams } from '@/server/wellbeing/params';
import { fetchPostalIndexMap } from '@/server/wellbeing/postal-map';
import { UnavailableNotice } from '@/ui/unavailable-notice';
import { ExportLinks } from '@/ui/wellbeing/export-links';
import { MunicipalityGrid, ScaleLegend, scaleFor } from '@/ui/wellbeing/municipality-grid';
import { MunicipalityTable } from '@/ui/wellbeing/municipality-table';
import { OverviewControls } from '@/ui/wellbeing/overview-controls';
import { PendingNotice } from '@/ui/wellbeing/pending-notice';
import { PostalIndexMap } from '@/ui/wellbeing/postal-index-map';
import { WellbeingHeader } from '@/ui/wellbeing/wellbeing-header';
import { requirePage } from '../_auth';
import { firstParam, loadPageData, type SearchParams } from '../_page-data';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: wellbeingDictionary(parseLang((await searchParams).lang)).title };
}

// Page parameters fall back to defaults when malformed (a shared link should still open); the API is strict.
const pageQuery = z.object({
  layer: z.enum(['index', 'demand']).catch('index'),
  year: wellbeingParams.year.optional().catch(undefined),
  outcome: wellbeingParams.outcome.optional().catch(undefined),
  horizon: wellbeingParams.horizon.catch(1),
  map: wellbeingParams.municipality.optional().catch(undefined),
});

async function load(q: z.output<typeof pageQuery>) {
  const overview = await fetchWellbeingOverview({ year: q.year, outcome: q.outcome, horizon: q.horizon });
  if (!overview) return null;
  const drawable = overview.mapMunicipalities;
  const map =
    drawable.find((m) => m.code === q.map) ??
    drawable.find((m) => m.code === referenceMunicipality()) ??
    drawable[0] ??
    null;
  const [postal, geo] = await Promise.all([
    map ? fetchPostalIndexMap(map.code, overview.year) : null,
    fetchGeometryAttributions(),
  ]);
  return { overview, map, postal, attribution: geo.map((a) => a.attribution.replace(/^Source: /, '')).join('; ') };
}

/** The overview: every municipality's index or expected demand, the capital region's postal areas on the map. */
export default async function WellbeingPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePage('wellbeing.read');
  const sp = await searchParams;
  const lang = parseLang(sp.lang);
  const t = wellbeingDictionary(lang);
  const q = pageQuery.parse(
    Object.fromEntries(['layer', 'year', 'outcome', 'horizon', 'map'].map((k) => [k, firstParam(sp[k])])),
  );
  const loaded = await loadPageData(() => load(q));
  if (!loaded.available) return <UnavailableNotice lang={lang} heading={t.title} />;
  if (!loaded.data) return <PendingNotice lang={lang} />;
  const { overview, map, postal, attribution } = loaded.data;
  const outcome = indicatorById(overview.outcome);
  const origin = overview.outcomes.find((o) => o.id === overview.outcome)?.origin ?? 0;
  const scale = scaleFor(q.layer, overview);
  const gridTitle =
    q.layer === 'index'
      ? `${t.index.name} ${overview.year}`
      : t.overview.demandOf(indicatorLabel(lang, overview.outcome), origin + overview.horizon);
  return (
    <article className="wellbeing-overview">
      <WellbeingHeader lang={lang} current="overview" title={t.title} lead={t.lead} />
      <OverviewControls lang={lang} overview={overview} layer={q.layer} mapMunicipality={map?.code ?? null} />
      <section aria-labelledby="grid-heading">
        <h2 id="grid-heading">
          {t.overview.gridHeading}: {gridTitle}
        </h2>
        <p className="note">{t.overview.gridNote}</p>
        {q.layer === 'index' ? (
          <p className="note">{t.index.scale}</p>
        ) : (
          outcome?.measure === 'index_median_100' && <p className="note">{t.overview.demandNote}</p>
        )}
        <ScaleLegend lang={lang} scale={scale} layer={q.layer} measure={outcome?.measure ?? ''} />
        <MunicipalityGrid lang={lang} overview={overview} layer={q.layer} headingId="grid-heading" />
      </section>
      {map && postal && (
        <section aria-labelledby="postal-heading">
          <h2 id="postal-heading">
            {t.overview.postalHeading}: {localName(lang, map.nameFi, map.nameSv)} {postal.year}
          </h2>
          <p className="note">{t.overview.postalNote}</p>
          <form method="get" action="/wellbeing" className="wellbeing-controls">
            {Object.entries({
              lang,
              layer: q.layer,
              year: String(overview.year),
              outcome: overview.outcome,
              horizon: String(overview.horizon),
            }).map(([k, v]) => (
              <input key={k} type="hidden" name={k} value={v} />
            ))}
            <label>
              {t.overview.postalMunicipality}
              <select name="map" defaultValue={map.code}>
                {overview.mapMunicipalities.map((m) => (
                  <option key={m.code} value={m.code}>
                    {localName(lang, m.nameFi, m.nameSv)}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit">{t.overview.apply}</button>
          </form>
          <PostalIndexMap
            lang={lang}
            data={postal}
            small={overview.limits.small}
            minimum={overview.limits.minimum.postal_area}
            attribution={attribution}
          />
        </section>
      )}
      <section aria-labelledby="table-heading">
        <h2 id="table-heading">{t.overview.tableHeading}</h2>
        <MunicipalityTable lang={lang} overview={overview} headingId="table-heading" />
        <ExportLinks lang={lang} />
      </section>
    </article>
  );
}
