import { z } from 'zod';
import { toCsv } from '@/core/format/csv';
import { authorize } from '@/server/auth/authorize';
import { recordExport, searchAuditTrail, type AuditTrailEntry } from '@/server/audit';
import { handle, json, parseQuery } from '@/server/http/respond';
import { usernameSchema } from '@/domain/auth/username';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const query = z.strictObject({
  since: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  actor: usernameSchema.or(z.enum(['anonymous', 'system'])).optional(),
  action: z
    .string()
    .regex(/^[a-z_.]{1,64}$/)
    .optional(),
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(200),
  format: z.enum(['json', 'csv']).default('json'),
});

const CSV = (['id', 'at', 'actor', 'action', 'object_type', 'object_id', 'outcome', 'address'] as const).map(
  (name) => ({
    name,
    value: (e: AuditTrailEntry) => e[name],
  }),
);

/**
 * GET /api/audit?since=2026-12-01&actor=planner1: the audit trail, newest first (admins only; reading it
 * is itself audited). `format=csv` downloads it.
 */
export function GET(request: Request) {
  return handle(async () => {
    const by = await authorize(request, 'audit.read');
    const q = parseQuery(request, query);
    const entries = await searchAuditTrail(q);
    await recordExport(by, 'audit.read', 'audit', q.actor ?? 'all', { format: q.format, rows: entries.length });
    if (q.format === 'csv') {
      return new Response(toCsv(CSV, entries), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': 'attachment; filename="audit.csv"',
        },
      });
    }
    return json({ entries }, { headers: { 'Cache-Control': 'no-store' } });
  });
}
