import { dictionary, type Lang } from '../../i18n/index';
import type { ReportRow } from '../../domain/report/capacity-report';
import type { ReportMeta } from './report-csv';
import { summariseReport } from '../../domain/report/summary';
import { renderReportSummary } from '../../i18n/report-summary';

/** Title, summary, notes (district method, rounding, synthetic capacity) and attributions of a report export. */
export interface ReportSource {
  municipalityCode: string;
  municipalityName: string;
  scenario: string;
  grouping: 'suurpiiri' | 'municipality';
  rows: ReportRow[];
  attributions: { attribution: string; licence: string }[];
}

export function reportMeta(report: ReportSource, lang: Lang): ReportMeta {
  const t = dictionary(lang).report;
  return {
    title: t.title,
    municipality: `${report.municipalityName} (${report.municipalityCode})`,
    scenario: report.scenario,
    generatedAt: new Date().toISOString(),
    summary: renderReportSummary(summariseReport(report.rows), dictionary(lang)),
    notes: [
      report.grouping === 'suurpiiri' ? t.districtsNote : t.municipalityNote,
      t.roundingNote,
      ...(report.rows.some((r) => r.syntheticCapacity)
        ? [`capacity_basis = synthetic: ${dictionary(lang).scenarios.synthetic}`]
        : []),
    ],
    attributions: report.attributions,
  };
}
