import 'server-only';
import { z } from 'zod';
import { notFound } from '@/core/errors';
import { LANGS } from '@/i18n';
import type { Authorized } from '@/server/auth/authorize';
import { params } from '@/server/http/respond';
import { recordExport } from '@/server/audit';
import { fetchCapacityReport } from '@/server/queries/report';

/** What names a capacity report export, for the CSV/XLSX download and the PDF alike. */
export const reportSelection = z.strictObject({
  municipality: params.municipality.optional(),
  scenario: params.scenario.default('baseline'),
  lang: z.enum(LANGS).default('fi'),
});

export function download(body: BodyInit, type: string, name: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    },
  });
}

/** The report for an export, with the export in the audit trail (what, which municipality, which format). */
export async function reportForExport(by: Authorized, municipality: string, scenario: string, format: string) {
  const report = await fetchCapacityReport(municipality, scenario);
  if (!report.available) throw notFound('No plan for this municipality and scenario');
  await recordExport(by, 'report.export', 'capacity-report', municipality, { scenario, format });
  return { report, base: `capacity-report-${municipality}-${scenario.replace(/[^\w-]+/g, '_')}` };
}
