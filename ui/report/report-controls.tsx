import { Fragment } from 'react';
import { dictionary, type Lang } from '@/i18n';
import { PrintButton } from './print-button';

/**
 * The scenario to report (a plain GET form: works without JavaScript) and the exports, none of which
 * print (`no-print`). CSV and XLSX are links; the PDF is a POST form (it renders the report as this
 * user, so no other site may start it), whose answer the browser downloads.
 */
export function ReportControls(props: {
  lang: Lang;
  municipality: string;
  scenario: string;
  scenarios: string[];
  /** Exports exist only when there is a plan to report. */
  exports: boolean;
  /** Whether this user may export this municipality's report (report.export). */
  canExport: boolean;
}) {
  const { lang, municipality, scenario } = props;
  const t = dictionary(lang);
  const r = t.report;
  const exportHref = (format: string) =>
    `/api/report?${new URLSearchParams({ format, municipality, scenario, lang }).toString()}`;
  const links = [
    ['csv', r.exportCsv],
    ['xlsx', r.exportXlsx],
  ] as const;
  return (
    <div className="report-actions no-print">
      <form method="get" action="/report" className="municipality-picker">
        <input type="hidden" name="lang" value={lang} />
        <input type="hidden" name="municipality" value={municipality} />
        <label htmlFor="report-scenario">{r.scenario}</label>
        <select id="report-scenario" name="scenario" defaultValue={scenario}>
          {(props.scenarios.length ? props.scenarios : ['baseline']).map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <button type="submit">{t.common.show}</button>
      </form>
      {props.exports && (
        <div className="exports">
          {props.canExport && (
            <>
              <span>{r.exports}:</span>{' '}
              {links.map(([format, label]) => (
                <Fragment key={format}>
                  <a href={exportHref(format)} download data-testid={`export-${format}`}>
                    {label}
                  </a>{' '}
                </Fragment>
              ))}
              <form method="post" action="/api/report/pdf" className="export-form">
                <input type="hidden" name="municipality" value={municipality} />
                <input type="hidden" name="scenario" value={scenario} />
                <input type="hidden" name="lang" value={lang} />
                <button type="submit" className="export-link" data-testid="export-pdf">
                  {r.exportPdf}
                </button>
              </form>{' '}
            </>
          )}
          <PrintButton label={r.print} />
        </div>
      )}
    </div>
  );
}
