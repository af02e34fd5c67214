import type { Metadata } from 'next';
import { z } from 'zod';
import { referenceMunicipality } from '@/core/config/reference';
import { fetchMunicipalities } from '@/server/queries/areas';
import { fetchAttributions, fetchGeometryAttributions } from '@/server/queries/lineage';
import { fetchSavedScenario, listSavedScenarios, warmPlanInputs } from '@/server/queries/scenarios';
import { dictionary, parseLang } from '@/i18n';
import { href } from '@/server/http/request-lang';
import { fromDocument } from '@/ui/scenarios/form-state';
import { ScenarioForm } from '@/ui/scenarios/scenario-form';
import './scenarios.css';

export const dynamic = 'force-dynamic';
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: dictionary(parseLang((await searchParams).lang)).scenarios.title };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const pageQuery = z.object({
  municipality: z
    .string()
    .regex(/^\d{3}$/)
    .catch(() => referenceMunicipality()),
  name: z.string().min(1).max(60).optional().catch(undefined),
});

/** Planners' scenarios: the form (client), saved scenarios, and the municipality the runs plan. */
export default async function ScenariosPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const lang = parseLang(sp.lang);
  const t = dictionary(lang);
  const q = pageQuery.parse({ municipality: first(sp.municipality) ?? referenceMunicipality(), name: first(sp.name) });
  warmPlanInputs();
  const [municipalities, saved, doc, attributions, geometry] = await Promise.all([
    fetchMunicipalities(),
    listSavedScenarios(q.municipality),
    q.name ? fetchSavedScenario(q.municipality, q.name) : Promise.resolve(null),
    fetchAttributions(),
    fetchGeometryAttributions(),
  ]);
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
      <ScenarioForm
        key={`${q.municipality}:${q.name ?? ''}`}
        lang={lang}
        municipality={q.municipality}
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
                  {s.author} · {s.updatedAt.slice(0, 16)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
