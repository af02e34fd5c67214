import { toCsv, type CsvColumn } from '../../core/format/csv';
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

export const REPORT_COLUMNS: readonly CsvColumn<ReportRow>[] = [
  { name: 'district_code', value: (r) => r.districtCode },
  { name: 'district', value: (r) => r.district },
  { name: 'year', value: (r) => r.year },
  { name: 'is_forecast', value: (r) => r.isForecast },
  { name: 'postal_areas', value: (r) => r.areas },
  { name: 'demand_total', value: (r) => r.demand },
  { name: 'demand_total_lo80', value: (r) => r.demandLo80 },
  { name: 'demand_total_hi80', value: (r) => r.demandHi80 },
  { name: 'capacity_walk_total', value: (r) => r.capacity },
  { name: 'gap_places', value: (r) => r.gap },
  { name: 'staff_educators', value: (r) => r.staffEducators },
  { name: 'staff_fte', value: (r) => r.staffFte },
  { name: 'floor_area_needed_m2', value: (r) => r.floorAreaNeededM2 },
  { name: 'gap_m2', value: (r) => r.gapM2 },
  {
    name: 'capacity_basis',
    value: (r) => (r.capacity === null && !r.withheld ? 'unknown' : r.syntheticCapacity ? 'synthetic' : 'registry'),
  },
  { name: 'withheld', value: (r) => r.withheld },
];

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

export const reportToCsv = (rows: readonly ReportRow[], meta: ReportMeta): string =>
  toCsv(REPORT_COLUMNS, rows, metaLines(meta));
