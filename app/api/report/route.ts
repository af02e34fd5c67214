import { z } from 'zod';
import { readEnv } from '@/core/config/env';
import { referenceMunicipality } from '@/core/config/reference';
import { notFound } from '@/core/errors';
import { LANGS } from '@/i18n';
import { reportToCsv } from '@/server/exports/report-csv';
import { reportMeta } from '@/server/exports/report-meta';
import { renderPdf } from '@/server/exports/report-pdf';
import { reportToXlsx } from '@/server/exports/report-xlsx';
import { handle, params, parseQuery } from '@/server/http/respond';
import { fetchCapacityReport } from '@/server/queries/report';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const query = z.strictObject({
  format: z.enum(['csv', 'xlsx', 'pdf']),
  municipality: params.municipality.optional(),
  scenario: params.scenario.default('baseline'),
  lang: z.enum(LANGS).default('fi'),
});

function download(body: BodyInit, type: string, name: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    },
  });
}

/** GET /api/report?format=csv|xlsx|pdf&municipality=091&scenario=baseline&lang=fi: the capacity report as a file. */
export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const { format, scenario, lang, ...q } = parseQuery(request, query);
    const municipality = q.municipality ?? referenceMunicipality();
    const report = await fetchCapacityReport(municipality, scenario);
    if (!report.available) throw notFound('No plan for this municipality and scenario');
    const base = `capacity-report-${municipality}-${scenario.replace(/[^\w-]+/g, '_')}`;
    if (format === 'csv') {
      return download(reportToCsv(report.rows, reportMeta(report, lang)), 'text/csv; charset=utf-8', `${base}.csv`);
    }
    if (format === 'xlsx') {
      const buf = await reportToXlsx(report.rows, reportMeta(report, lang));
      return download(
        new Uint8Array(buf),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        `${base}.xlsx`,
      );
    }
    // The print page of this same server (never a host taken from the request).
    const sp = new URLSearchParams({ municipality, scenario, lang, print: '1' });
    const pdf = await renderPdf(`http://127.0.0.1:${readEnv().PORT}/report?${sp.toString()}`);
    return download(new Uint8Array(pdf), 'application/pdf', `${base}.pdf`);
  });
}
