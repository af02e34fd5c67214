import { z } from 'zod';
import { referenceMunicipality } from '@/core/config/reference';
import { authorize } from '@/server/auth/authorize';
import { reportToCsv } from '@/server/exports/report-csv';
import { reportMeta } from '@/server/exports/report-meta';
import { reportToXlsx } from '@/server/exports/report-xlsx';
import { handle, parseQuery } from '@/server/http/respond';
import { download, reportForExport, reportSelection } from './shared';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const query = reportSelection.extend({ format: z.enum(['csv', 'xlsx']) });

/** GET /api/report?format=csv|xlsx&municipality=091&scenario=baseline&lang=fi: the capacity report as a file (audited). */
export function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const { format, scenario, lang, ...q } = parseQuery(request, query);
    const municipality = q.municipality ?? referenceMunicipality();
    const by = await authorize(request, 'report.export', { municipality });
    const { report, base } = await reportForExport(by, municipality, scenario, format);
    if (format === 'csv') {
      return download(reportToCsv(report.rows, reportMeta(report, lang)), 'text/csv; charset=utf-8', `${base}.csv`);
    }
    const buf = await reportToXlsx(report.rows, reportMeta(report, lang));
    return download(
      new Uint8Array(buf),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      `${base}.xlsx`,
    );
  });
}
