import { existsSync } from 'node:fs';
import { z } from 'zod';
import { fetchCapacityReport } from '@/server/queries/report';
import { parseLang } from '@/i18n';
import { reportToCsv } from '@/server/exports/report-csv';
import { reportMeta } from '@/server/exports/report-meta';
import { reportToXlsx } from '@/server/exports/report-xlsx';
import { apiError, handle, params, parseQuery } from '@/server/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const query = z
  .object({
    format: z.enum(['csv', 'xlsx', 'pdf']),
    municipality: params.municipality.default('091'),
    scenario: params.scenario.default('baseline'),
    lang: z.enum(['fi', 'sv', 'en']).default('fi'),
  })
  .strict();

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** The print page rendered to PDF by headless Chromium (playwright-core; Debian's chromium when present). */
async function renderPdf(url: string): Promise<Buffer> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.emulateMedia({ media: 'print' });
    return await page.pdf({
      format: 'A4',
      landscape: true,
      printBackground: true,
      margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' },
    });
  } finally {
    await browser.close();
  }
}

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
    const q = parseQuery(request, query);
    if (!q.ok) return q.response;
    const { format, municipality, scenario } = q.data;
    const lang = parseLang(q.data.lang);
    const report = await fetchCapacityReport(municipality, scenario);
    if (!report.available) return apiError(404, 'not_found', 'No plan for this municipality and scenario');
    const base = `capacity-report-${municipality}-${scenario.replace(/[^\w-]+/g, '_')}`;
    if (format === 'csv')
      return download(reportToCsv(report.rows, reportMeta(report, lang)), 'text/csv; charset=utf-8', `${base}.csv`);
    if (format === 'xlsx') {
      const buf = await reportToXlsx(report.rows, reportMeta(report, lang));
      return download(
        new Uint8Array(buf),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        `${base}.xlsx`,
      );
    }
    const port = process.env.PORT || new URL(request.url).port || '3000';
    const sp = new URLSearchParams({ municipality, scenario, lang, print: '1' });
    const pdf = await renderPdf(`http://127.0.0.1:${port}/report?${sp.toString()}`);
    return download(new Uint8Array(pdf), 'application/pdf', `${base}.pdf`);
  });
}
