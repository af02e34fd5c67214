import type { Metadata } from 'next';
import { z } from 'zod';
import { referenceMunicipality } from '@/core/config/reference';
import { isPermitted } from '@/domain/auth/actions';
import { params } from '@/server/http/respond';
import { reportMeta } from '@/server/exports/report-meta';
import { fetchPlanInfo } from '@/server/queries/plan';
import { fetchCapacityReport } from '@/server/queries/report';
import { listScenarioNames } from '@/server/queries/scenarios';
import { dictionary, parseLang } from '@/i18n';
import { PlanBasis } from '@/ui/plan-basis';
import { ReportControls } from '@/ui/report/report-controls';
import { ReportTable } from '@/ui/report/report-table';
import { UnavailableNotice } from '@/ui/unavailable-notice';
import { requirePage } from '../_auth';
import { firstParam, loadPageData, type SearchParams } from '../_page-data';
import './report.css';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: dictionary(parseLang((await searchParams).lang)).report.title };
}

const pageQuery = z.object({
  municipality: params.municipality.catch(() => referenceMunicipality()),
  scenario: params.scenario.catch('baseline'),
  print: z.literal('1').optional().catch(undefined),
});

/** Leadership capacity report by district and year: print-friendly, with CSV / XLSX / PDF exports. */
export default async function ReportPage({ searchParams }: { searchParams: SearchParams }) {
  const { user } = await requirePage('report.read');
  const sp = await searchParams;
  const lang = parseLang(sp.lang);
  const t = dictionary(lang);
  const r = t.report;
  const q = pageQuery.parse({
    municipality: firstParam(sp.municipality),
    scenario: firstParam(sp.scenario),
    print: firstParam(sp.print),
  });
  const loaded = await loadPageData(() =>
    Promise.all([fetchCapacityReport(q.municipality, q.scenario), listScenarioNames(q.municipality), fetchPlanInfo()]),
  );
  if (!loaded.available) return <UnavailableNotice lang={lang} heading={r.title} />;
  const [report, scenarios, planInfo] = loaded.data;
  const meta = reportMeta(report, lang);
  return (
    <article className={`report-page${q.print ? ' print-mode' : ''}`} data-testid="report">
      <div className="page-head">
        <div>
          <h1 id="report-title">
            {r.title}: {report.municipalityName}
          </h1>
          <p className="lead">
            {r.intro} {r.scenario}: {q.scenario}.
          </p>
        </div>
        <ReportControls
          lang={lang}
          municipality={q.municipality}
          scenario={q.scenario}
          scenarios={scenarios}
          exports={report.available}
          // Exports are scoped to the user's municipalities, as the export routes check.
          canExport={isPermitted(user, 'report.export', q.municipality)}
        />
      </div>
      {!report.available ? (
        <p className="note">{r.noPlan}</p>
      ) : (
        <>
          {planInfo && <PlanBasis basis={planInfo} lang={lang} />}
          <section aria-labelledby="report-summary" className="report-summary">
            <h2 id="report-summary">{r.summary}</h2>
            {meta.summary.map((p) => (
              <p key={p} data-testid="report-summary-text">
                {p}
              </p>
            ))}
          </section>
          <ReportTable rows={report.rows} t={t} labelledBy="report-title" />
          <section className="report-notes">
            {meta.notes.map((n) => (
              <p key={n} className="note">
                {n}
              </p>
            ))}
          </section>
        </>
      )}
    </article>
  );
}
