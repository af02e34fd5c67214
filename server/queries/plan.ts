import 'server-only';
import { z } from 'zod';
import { smallCountThreshold } from '../../core/config/reference';
import { PLAN_COLUMNS, PLAN_METRICS, type PlanMetric } from '../../domain/metrics/plan-metrics';
import { BASELINE } from '../../domain/planning/engine';
import type { PlanRow } from '../../domain/planning/plan-types';
import { disclosePlanRow, type DisclosedPlanRow } from '../../domain/privacy/disclose-plan';
import { warehouse } from '../warehouse/warehouse';
import { addEqualityFilters, type SqlParams } from './filters';

/**
 * The baseline plan of the derived store (demand, capacity, gap, staff and space per postal area and
 * year) and what it was computed from. Rows are read in the registry's column list, turned into the one
 * PlanRow type and disclosure-controlled before anything else sees them.
 */
const num = z.coerce.number().nullable();
const SCHEMAS: Record<PlanMetric, z.ZodType> = Object.fromEntries(
  Object.entries(PLAN_METRICS).map(([field, m]) => [
    field,
    m.unit === 'rag' ? z.enum(['red', 'amber', 'green']).nullable() : m.unit === 'flag' ? z.boolean().nullable() : num,
  ]),
) as unknown as Record<PlanMetric, z.ZodType>;

const rowSchema = z
  .object({
    scenario: z.string(),
    postal_code: z.string(),
    municipality_code: z.string(),
    year: z.coerce.number(),
    is_forecast: z.boolean(),
    ...Object.fromEntries(Object.entries(SCHEMAS).map(([field, s]) => [PLAN_METRICS[field as PlanMetric].column, s])),
  })
  .transform(
    (r) =>
      Object.fromEntries(
        PLAN_COLUMNS.map(([field, column]) => [field, (r as Record<string, unknown>)[column]]),
      ) as unknown as PlanRow,
  );

const SELECT = `SELECT ${PLAN_COLUMNS.map(([, c]) => `"${c}"`).join(', ')} FROM public_plan`;

export interface PlanFilter {
  postalCode?: string;
  municipalityCode?: string;
  year?: number;
}

export const planAvailable = () => warehouse.hasRelation('public_plan');

/** Baseline rows before disclosure control: only for aggregates that apply their own rule (the report). */
export async function fetchUndisclosedBaseline(filter: PlanFilter): Promise<PlanRow[]> {
  if (!(await planAvailable())) return [];
  const where = ['true'];
  const params: SqlParams = {};
  addEqualityFilters(where, params, {
    postal_code: filter.postalCode,
    municipality_code: filter.municipalityCode,
    year: filter.year,
  });
  return warehouse.query(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY postal_code, year`, rowSchema, params);
}

/** Baseline plan rows after disclosure control; empty before the first plan. */
export async function fetchBaselinePlan(filter: PlanFilter): Promise<DisclosedPlanRow[]> {
  const threshold = smallCountThreshold();
  return (await fetchUndisclosedBaseline(filter)).map((r) => disclosePlanRow(r, threshold));
}

const basisSchema = z.object({
  computed_at: z.string(),
  model_version: z.string().nullable(),
  active_version: z.string().nullable(),
  data_fingerprint: z.string(),
  current_fingerprint: z.string().nullable(),
  details: z.string(),
});

export interface PlanInfo {
  computedAt: string;
  modelVersion: string | null;
  /** The plan was computed from another model or other data than is now active: a refresh is due. */
  stale: boolean;
  unitFiles: string[];
  syntheticUnits: number;
}

/** What the plan shown was computed from, and whether it still matches the active model and data. */
export async function fetchPlanInfo(): Promise<PlanInfo | null> {
  if (!(await warehouse.hasRelation('public_plan_basis'))) return null;
  const [row] = await warehouse.query(
    `SELECT b.computed_at::VARCHAR AS computed_at, b.model_version, (SELECT version FROM active_model) AS active_version,
            b.data_fingerprint, (SELECT value FROM meta WHERE key = 'fingerprint') AS current_fingerprint, b.details
     FROM public_plan_basis b`,
    basisSchema,
  );
  if (!row) return null;
  const details = z
    .object({ unitFiles: z.array(z.string()).default([]), syntheticUnits: z.number().default(0) })
    .catch({ unitFiles: [], syntheticUnits: 0 })
    .parse(JSON.parse(row.details));
  return {
    computedAt: row.computed_at,
    modelVersion: row.model_version,
    stale: row.model_version !== row.active_version || row.data_fingerprint !== row.current_fingerprint,
    unitFiles: details.unitFiles,
    syntheticUnits: details.syntheticUnits,
  };
}

/** A plan row as the API and CSV export name its figures (the registry's column names). */
export function toPublicRow(row: DisclosedPlanRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, column] of PLAN_COLUMNS) out[column] = row[field];
  out.withheld = row.withheld
    ? Object.fromEntries(
        Object.entries(row.withheld).map(([f, why]) => [PLAN_METRICS[f as PlanMetric]?.column ?? f, why]),
      )
    : undefined;
  return out;
}

export { BASELINE };
