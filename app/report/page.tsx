import type { Metadata } from 'next';
import { z } from 'zod';
import { fetchCapacityReport } from '@/server/queries/report';
import { listScenarioNames } from '@/server/queries/scenarios';
import { referenceMunicipality } from '@/core/config/reference';
import { formatNumber } from '@/ui/format';
import { dictionary, parseLang } from '@/i18n';
import { reportYears } from '@/domain/report/capacity-report';
import { reportMeta } from '@/server/exports/report-meta';
import { PrintButton } from '@/ui/report/print-button';
import './report.css';

export const dynamic = 'force-dynamic';
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: dictionary(parseLang((await searchParams).lang)).report.title };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const pageQuery = z.object({
  municipality: z
    .string()
    .regex(/^\d{3}$/)
    .catch(() => referenceMunicipality()),
  scenario: z
    .string()
    .regex(/^[\w\- ]{1,64}$/)
    .catch('baseline'),
  print: z.literal('1').optional().catch(undefined),
});

/** Leadership capacity report by district and year: print-friendly, with CSV / XLSX / PDF exports. */
export default async function ReportPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const lang = parseLang(sp.lang);
  const t = dictionary(lang);
  const r = t.report;
  const q = pageQuery.parse({
    municipality: first(sp.municipality) ?? referenceMunicipality(),
    scenario: first(sp.scenario) ?? 'baseline',
    print: first(sp.print),
  });
  const [report, scenarios] = await Promise.all([
    fetchCapacityReport(q.municipality, q.scenario),
    listScenarioNames(q.municipality),
  ]);
  const meta = reportMeta(report, lang);
  const years = reportYears(report.rows);
  const nf = (v: number | null) => (v === null ? '' : formatNumber(v, t));
  const exportHref = (format: string) =>
    `/api/report?${new URLSearchParams({ format, municipality: q.municipality, scenario: q.scenario, lang }).toString()}`;
  return (
    <article className={`report-page${q.print ? ' print-mode' : ''}`} data-testid="report">
      <div className="page-head">
        <div>
          <h1>
            {r.title}: {report.municipalityName}
          </h1>
          <p className="lead">
            {r.intro} {r.scenario}: {q.scenario}.
          </p>
        </div>
        <div className="report-actions no-print">
          <form method="get" action="/report" className="municipality-picker">
            <input type="hidden" name="lang" value={lang} />
            <input type="hidden" name="municipality" value={q.municipality} />
            <label htmlFor="report-scenario">{r.scenario}</label>
            <select id="report-scenario" name="scenario" defaultValue={q.scenario}>
              {(scenarios.length ? scenarios : ['baseline']).map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
            <button type="submit">{t.common.show}</button>
          </form>
          {report.available && (
            <p className="exports">
              {r.exports}:{' '}
              <a href={exportHref('csv')} download data-testid="export-csv">
                {r.exportCsv}
              </a>{' '}
              <a href={exportHref('xlsx')} download data-testid="export-xlsx">
                {r.exportXlsx}
              </a>{' '}
              <a href={exportHref('pdf')} download data-testid="export-pdf">
                {r.exportPdf}
              </a>{' '}
              <PrintButton label={r.print} />
            </p>
          )}
        </div>
      </div>
      {!report.available ? (
        <p className="note">{r.noPlan}</p>
      ) : (
        <>
          <section aria-labelledby="report-summary" className="report-summary">
            <h2 id="report-summary">{r.summary}</h2>
            {meta.summary.map((p) => (
              <p key={p} data-testid="report-summary-text">
                {p}
              </p>
            ))}
          </section>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={r.title}>
            <table className="data report-table" data-testid="report-table">
              <thead>
                <tr>
                  <th>{r.district}</th>
                  <th>{r.year}</th>
                  <th>{r.demand}</th>
                  <th>{r.interval}</th>
                  <th>{r.capacity}</th>
                  <th>{r.gap}</th>
                  <th>{r.educators}</th>
                  <th>{r.fte}</th>
                  <th>{r.m2}</th>
                  <th>{r.gapM2}</th>
                  <th>{r.basis}</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((row) => (
                  <tr
                    key={`${row.districtCode}-${row.year}`}
                    className={row.year === years[0] ? 'group-start' : undefined}
                  >
                    <td>{row.district}</td>
                    <td>
                      {row.year}
                      {row.isForecast ? ` (${r.forecast})` : ''}
                    </td>
                    {row.withheld ? (
                      <td colSpan={8} className="num">
                        {r.withheld}
                      </td>
                    ) : (
                      <>
                        <td className="num">{nf(row.demand)}</td>
                        <td className="num">
                          {row.demandLo80 !== null && row.demandHi80 !== null
                            ? `${nf(row.demandLo80)}–${nf(row.demandHi80)}`
                            : ''}
                        </td>
                        <td className="num">{nf(row.capacity)}</td>
                        <td className={`num${row.gap !== null && row.gap > 0 ? ' shortfall' : ''}`}>{nf(row.gap)}</td>
                        <td className="num">{nf(row.staffEducators)}</td>
                        <td className="num">{nf(row.staffFte)}</td>
                        <td className="num">{nf(row.floorAreaNeededM2)}</td>
                        <td className="num">{nf(row.gapM2)}</td>
                      </>
                    )}
                    <td>
                      {row.capacity === null && !row.withheld
                        ? t.common.noData
                        : row.syntheticCapacity
                          ? r.synthetic
                          : r.registry}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
