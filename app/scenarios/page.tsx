import type { Metadata } from 'next';
import { z } from 'zod';
import { referenceMunicipality } from '@/core/config/reference';
import { formatDate } from '@/core/format/number';
import { isPermitted } from '@/domain/auth/actions';
import { params } from '@/server/http/respond';
import { href } from '@/server/http/request-lang';
import { fetchMunicipalities } from '@/server/queries/areas';
import { fetchAttributions, fetchGeometryAttributions } from '@/server/queries/lineage';
import { fetchSavedScenario, listSavedScenarios, warmPlanInputs } from '@/server/queries/scenarios';
import { dictionary, parseLang } from '@/i18n';
import { fromDocument } from '@/ui/scenarios/form-state';
import { ScenarioForm } from '@/ui/scenarios/scenario-form';
import { UnavailableNotice } from '@/ui/unavailable-notice';
import { requirePage } from '../_auth';
import { firstParam, loadPageData, type SearchParams } from '../_page-data';
import './scenarios.css';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: dictionary(parseLang((await searchParams).lang)).scenarios.title };
}

const pageQuery = z.object({
  municipality: params.municipality.catch(() => referenceMunicipality()),
  // Saved names may hold Finnish and Swedish letters ("Östersundom", "Itä-Pasila"): the API's own rule.
  name: params.scenario.optional().catch(undefined),
});

function loadScenarios(municipality: string, name: string | undefined) {
  warmPlanInputs();
  return Promise.all([
    fetchMunicipalities(),
    listSavedScenarios(municipality),
    name ? fetchSavedScenario(municipality, name) : Promise.resolve(null),
    fetchAttributions(),
    fetchGeometryAttributions(),
  ]);
}

/** Planners' scenarios: the form (client), saved scenarios, and the municipality the runs plan. */
export default async function ScenariosPage({ searchParams }: { searchParams: SearchParams }) {
  const { user, permitted } = await requirePage('scenario.read');
  const sp = await searchParams;
  const lang = parseLang(sp.lang);
  const t = dictionary(lang);
  const q = pageQuery.parse({ municipality: firstParam(sp.municipality), name: firstParam(sp.name) });
  // Saving is scoped to the user's municipalities: the form offers it only where the API would accept it.
  const can = { run: permitted.includes('scenario.run'), save: isPermitted(user, 'scenario.save', q.municipality) };
  const notice =
    !can.run && !can.save
      ? t.scenarios.readOnly
      : permitted.includes('scenario.save') && !can.save
        ? t.scenarios.saveNotPermitted
        : null;
  const loaded = await loadPageData(() => loadScenarios(q.municipality, q.name));
  if (!loaded.available) return <UnavailableNotice lang={lang} heading={t.scenarios.title} />;
  const [municipalities, saved, doc, attributions, geometry] = loaded.data;
  const drawable = municipalities.find((m) => m.municipality_code === q.municipality);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t.scenarios.title}</h1>
          <p className="lead">{t.scenarios.intro}</p>
        </div>
        <form method="get" action="/scenarios" className="municipality-picker">
          <input type="hidden" name="lang" value={lang} />
          <label htmlFor="scenario-municipality">{t.scenarios.municipality}</label>
          <select id="scenario-municipality" name="municipality" defaultValue={q.municipality}>
            {municipalities.map((m) => (
              <option key={m.municipality_code} value={m.municipality_code}>
                {m.municipality_name}
              </option>
            ))}
          </select>
          <button type="submit">{t.common.show}</button>
        </form>
      </div>
      {q.name && !doc && (
        <p className="form-message" role="alert">
          {t.scenarios.notFound}
        </p>
      )}
      {notice && (
        <p className="note permission-note" data-testid="scenario-permission-note">
          {notice}
        </p>
      )}
      <ScenarioForm
        key={`${q.municipality}:${q.name ?? ''}`}
        lang={lang}
        municipality={q.municipality}
        can={can}
        initial={doc ? fromDocument(doc.document) : null}
        saved={doc ? { name: doc.name, revision: doc.revision } : null}
        attributions={attributions.map((a) => `${a.attribution} (${a.licence})`)}
        geometryAttribution={
          drawable && drawable.with_geometry > 0
            ? geometry.map((g) => `${g.attribution} (${g.licence})`).join('; ')
            : null
        }
      />
      <section aria-labelledby="saved-title">
        <h2 id="saved-title">{t.scenarios.saved_list}</h2>
        {saved.length === 0 ? (
          <p className="note">{t.scenarios.none}</p>
        ) : (
          <ul className="saved-list">
            {saved.map((s) => (
              <li key={s.name}>
                <a href={href('/scenarios', lang, { name: s.name, municipality: q.municipality })}>{s.name}</a>{' '}
                <span className="note">
                  {s.author} · {formatDate(s.updatedAt, t.locale, true)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
