import { readEnv } from '@/core/config/env';
import { referenceMunicipality } from '@/core/config/reference';
import { authorize } from '@/server/auth/authorize';
import { SESSION_COOKIE, tokenOf } from '@/server/auth/session-cookie';
import { renderPdf } from '@/server/exports/report-pdf';
import { handle } from '@/server/http/respond';
import { download, reportForExport, reportSelection } from '../shared';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * POST /api/report/pdf (form fields municipality, scenario, lang): the report's print page rendered to PDF by
 * the one shared browser, as the requesting user. A POST, so no other site can make a browser start it.
 */
export function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const form = Object.fromEntries((await request.formData().catch(() => new FormData())).entries());
    const { scenario, lang, ...q } = reportSelection.parse(form);
    const municipality = q.municipality ?? referenceMunicipality();
    const by = await authorize(request, 'report.export', { municipality });
    const { base } = await reportForExport(by, municipality, scenario, 'pdf');
    // The print page of this same server (never a host taken from the request), seen as this user.
    const sp = new URLSearchParams({ municipality, scenario, lang, print: '1' });
    const token = tokenOf(request.headers.get('cookie'));
    const pdf = await renderPdf(
      `http://127.0.0.1:${readEnv().PORT}/report?${sp.toString()}`,
      token ? { name: SESSION_COOKIE, value: token } : null,
    );
    return download(new Uint8Array(pdf), 'application/pdf', `${base}.pdf`);
  });
}
