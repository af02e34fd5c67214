import { toCsv, type CsvColumn } from '../../core/format/csv';
import { PLAN_COLUMNS } from '../metrics/plan-metrics';
import type { PlanDifference } from './compare';
import type { PlanRow } from './plan-types';

/**
 * CSV export of a plan, one row per area and year, with the registry's column names so a spreadsheet,
 * the API and the derived store read alike. Empty cells are unknown values (suppressed or no registry),
 * never 0. Callers export disclosure-controlled rows only.
 */
const PLAN_CSV: CsvColumn<PlanRow>[] = PLAN_COLUMNS.map(([field, name]) => ({ name, value: (r) => r[field] }));

export const planToCsv = (rows: readonly PlanRow[]): string => toCsv(PLAN_CSV, rows);

const DIFF_CSV: CsvColumn<PlanDifference>[] = [
  { name: 'postal_code', value: (d) => d.postalCode },
  { name: 'year', value: (d) => d.year },
  { name: 'field', value: (d) => d.field },
  { name: 'baseline', value: (d) => d.baseline },
  { name: 'scenario', value: (d) => d.scenario },
  { name: 'change', value: (d) => d.change },
];

export const differencesToCsv = (rows: readonly PlanDifference[]): string => toCsv(DIFF_CSV, rows);
