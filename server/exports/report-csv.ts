import type { ReportRow } from '../../domain/report/capacity-report';

/**
 * CSV export of the capacity report: the table, then the summary, the notes (method, synthetic data,
 * rounding) and the data attributions, each as `# ` lines after a blank line so a spreadsheet still reads
 * the table first. Empty cells are withheld or unknown values, never 0.
 */
export interface ReportMeta {
  title: string;
  municipality: string;
  scenario: string;
  generatedAt: string;
  summary: string[];
  notes: string[];
  attributions: { attribution: string; licence: string }[];
}

export const REPORT_COLUMNS: readonly [string, (r: ReportRow) => string | number | boolean | null][] = [
  ['district_code', (r) => r.districtCode],
  ['district', (r) => r.district],
  ['year', (r) => r.year],
  ['is_forecast', (r) => r.isForecast],
  ['postal_areas', (r) => r.areas],
  ['demand_total', (r) => r.demand],
  ['demand_total_lo80', (r) => r.demandLo80],
  ['demand_total_hi80', (r) => r.demandHi80],
  ['capacity_walk_total', (r) => r.capacity],
  ['gap_places', (r) => r.gap],
  ['staff_educators', (r) => r.staffEducators],
  ['staff_fte', (r) => r.staffFte],
  ['floor_area_needed_m2', (r) => r.floorAreaNeededM2],
  ['gap_m2', (r) => r.gapM2],
  [
    'capacity_basis',
    (r) => (r.capacity === null && !r.withheld ? 'unknown' : r.syntheticCapacity ? 'synthetic' : 'registry'),
  ],
  ['withheld', (r) => r.withheld],
];

export const csvCell = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

export function metaLines(meta: ReportMeta): string[] {
  return [
    meta.title,
    `municipality: ${meta.municipality}`,
    `scenario: ${meta.scenario}`,
    `generated: ${meta.generatedAt}`,
    ...meta.summary,
    ...meta.notes,
    'Data sources:',
    ...meta.attributions.map((a) => `${a.attribution} (${a.licence})`),
  ];
}

export function reportToCsv(rows: readonly ReportRow[], meta: ReportMeta): string {
  const lines = [REPORT_COLUMNS.map(([name]) => name).join(',')];
  for (const r of rows) lines.push(REPORT_COLUMNS.map(([, get]) => csvCell(get(r))).join(','));
  lines.push('');
  for (const l of metaLines(meta)) lines.push(csvCell(`# ${l}`));
  return `${lines.join('\n')}\n`;
}
