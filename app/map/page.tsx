import type { Metadata } from 'next';
import { preload } from 'react-dom';
import { z } from 'zod';
import { referenceMunicipality, today } from '@/core/config/reference';
import { LAYER_IDS } from '@/domain/dashboard/types';
import { params } from '@/server/http/respond';
import { fetchMunicipalities } from '@/server/queries/areas';
import { fetchMapPayload } from '@/server/queries/map-data';
import { fetchGeometryAttributions } from '@/server/queries/lineage';
import { dictionary, parseLang } from '@/i18n';
import { MapExplorer } from '@/ui/map/map-explorer';
import { MunicipalityPicker } from '@/ui/municipality-picker';
import { PlanBasis } from '@/ui/plan-basis';
import { UnavailableNotice } from '@/ui/unavailable-notice';
import { requirePage } from '../_auth';
import { firstParam, loadPageData, type SearchParams } from '../_page-data';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: dictionary(parseLang((await searchParams).lang)).map.title };
}

// Page parameters fall back to defaults when malformed (a shared link should still open); the API is strict.
const pageQuery = z.object({
  layer: z.enum(LAYER_IDS).catch('children_0_2'),
  year: params.year.optional().catch(undefined),
  municipality: params.municipality.catch(() => referenceMunicipality()),
  scenario: params.scenario.optional().catch(undefined),
});

const env = z.object({
  TILANNEHUONE_TILE_URL: z
    .string()
    .regex(/^https?:\/\/\S+\{z\}\S*$/)
    .optional()
    .catch(undefined),
  TILANNEHUONE_TILE_ATTRIBUTION: z.string().max(300).optional().catch(undefined),
});

async function loadMap(q: z.output<typeof pageQuery>) {
  const [municipalities, geoAttribution] = await Promise.all([fetchMunicipalities(), fetchGeometryAttributions()]);
  const municipality =
    municipalities.find((m) => m.municipality_code === q.municipality) ??
    municipalities.find((m) => m.municipality_code === referenceMunicipality()) ??
    municipalities[0];
  if (!municipality) return null;
  if (municipality.with_geometry > 0) {
    // Start the geometry download with the HTML, not after hydration.
    preload(`/api/geometry?municipality=${municipality.municipality_code}`, { as: 'fetch', crossOrigin: 'anonymous' });
  }
  const payload = await fetchMapPayload({
    municipalityCode: municipality.municipality_code,
    municipalityName: municipality.municipality_name,
    layer: q.layer,
    scenario: q.scenario,
  });
  return { municipalities, geoAttribution, municipality, payload };
}

export default async function MapPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePage('dashboard.read');
  const sp = await searchParams;
  const lang = parseLang(sp.lang);
  const t = dictionary(lang);
  const q = pageQuery.parse({
    layer: firstParam(sp.layer),
    year: firstParam(sp.year),
    municipality: firstParam(sp.municipality),
    scenario: firstParam(sp.scenario),
  });
  const loaded = await loadPageData(() => loadMap(q));
  if (!loaded.available) return <UnavailableNotice lang={lang} heading={t.map.title} />;
  if (!loaded.data) return <p>{t.footer.pending}</p>;
  const { municipalities, geoAttribution, municipality, payload } = loaded.data;
  const years = payload.years;
  const defaultYear =
    years.find((y) => y.forecast)?.year ?? years[years.length - 1]?.year ?? Number(today().slice(0, 4));
  const year = years.some((y) => y.year === q.year) ? q.year! : defaultYear;
  const tiles = env.parse(process.env);

  return (
    <div className="map-page">
      <div className="page-head">
        <div>
          <h1>
            {t.map.title}: {municipality.municipality_name}
          </h1>
          <p className="lead">{t.map.intro}</p>
        </div>
        <MunicipalityPicker
          current={municipality.municipality_code}
          options={municipalities.map((m) => ({
            code: m.municipality_code,
            name: m.municipality_name,
            drawable: m.with_geometry > 0,
          }))}
          label={t.common.municipality}
          submit={t.map.choose}
          groupDrawable={t.map.withBoundaries}
          groupOther={t.map.withoutBoundaries}
          hidden={{ lang, layer: payload.layer.id }}
        />
      </div>
      <MapExplorer
        key={municipality.municipality_code}
        lang={lang}
        payload={payload}
        initialYear={year}
        tileUrl={tiles.TILANNEHUONE_TILE_URL}
        tileAttribution={tiles.TILANNEHUONE_TILE_ATTRIBUTION}
        dataAttribution={geoAttribution.map((a) => a.attribution.replace(/^Source: /, '')).join('; ')}
        // Rendered here, on the server, so its date reads the same before and after hydration.
        planBasis={payload.layer.source === 'plan' && payload.plan && <PlanBasis basis={payload.plan} lang={lang} />}
      />
    </div>
  );
}
