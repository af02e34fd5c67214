import { z } from 'zod';
import { authorize } from '@/server/auth/authorize';
import { handle, parseQuery } from '@/server/http/respond';
import { EXPORT_KINDS, wellbeingCsv } from '@/server/wellbeing/export';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const query = z.strictObject({ kind: z.enum(EXPORT_KINDS), format: z.literal('csv').default('csv') });

/** GET /api/wellbeing/export?kind=index|forecasts: municipal figures as CSV, disclosure-controlled and audited. */
export function GET(request: Request) {
  return handle(async () => {
    const by = await authorize(request, 'wellbeing.read');
    const { kind } = parseQuery(request, query);
    const { name, csv } = await wellbeingCsv(by, kind);
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
        'Cache-Control': 'no-store',
      },
    });
  });
}
