import 'server-only';
import { z } from 'zod';
import { discloseRow } from '../../domain/privacy/disclose-row';
import { hasRelation, queryRows } from '../warehouse/reader';
import { addEqualityFilters } from './filters';

/**
 * The planning engine's results (public_plan, written by `npm run plan`): demand for places, capacity,
 * the gap, staff and space per postal area and year. Until the planning step has run the view does not
 * exist and every function here answers "not available" instead of failing.
 */

const num = z.coerce.number().nullable();

const planRawSchema = z.object({
  scenario: z.string(),
  postal_code: z.string(),
  municipality_code: z.string().nullable(),
  year: z.coerce.number(),
  is_forecast: z.boolean(),
  children_0_2: num,
  children_3_6: num,
  children_6: num,
  demand_under3: num,
  demand_3plus_fullday: num,
  demand_3plus_partday: num,
  demand_preschool: num,
  demand_total: num,
  demand_total_lo80: num,
  demand_total_hi80: num,
  capacity_under3: num,
  capacity_3plus: num,
  capacity_total: num,
  capacity_walk_total: num,
  gap_places: num,
  gap_m2: num,
  fill_rate: num,
  staff_educators: num,
  staff_fte: num,
  groups: num,
  floor_area_needed_m2: num,
  rag: z.enum(['red', 'amber', 'green']).nullable(),
  synthetic_capacity: z.boolean().nullable(),
});

const COUNT_FIELDS = [
  'children_0_2',
  'children_3_6',
  'children_6',
  'demand_under3',
  'demand_3plus_fullday',
  'demand_3plus_partday',
  'demand_preschool',
  'demand_total',
  'demand_total_lo80',
  'demand_total_hi80',
] as const;
// Figures from which demand could be computed back (gap = demand - capacity etc.): withheld with demand.
const DERIVED_FIELDS = [
  'gap_places',
  'gap_m2',
  'fill_rate',
  'staff_educators',
  'staff_fte',
  'groups',
  'floor_area_needed_m2',
  'rag',
] as const;

// Quoted: "groups" is an SQL keyword.
export const PLAN_COLUMNS = Object.keys(planRawSchema.shape)
  .map((c) => `"${c}"`)
  .join(', ');

export interface PlanFilter {
  scenario: string;
  postalCode?: string;
  municipalityCode?: string;
  year?: number;
}

export const planAvailable = () => hasRelation('public_plan');

/** Plan rows after disclosure control; an empty list when the plan has not been computed. */
export async function fetchPlan(filter: PlanFilter) {
  if (!(await planAvailable())) return [];
  const where = ['scenario = $s'];
  const params: Record<string, string | number> = { s: filter.scenario };
  addEqualityFilters(where, params, {
    postal_code: filter.postalCode,
    municipality_code: filter.municipalityCode,
    year: filter.year,
  });
  const rows = await queryRows(
    `SELECT ${PLAN_COLUMNS} FROM public_plan WHERE ${where.join(' AND ')} ORDER BY postal_code, year`,
    planRawSchema,
    params,
  );
  return rows.map((r) =>
    discloseRow(r, {
      counts: [...COUNT_FIELDS],
      derived: [...DERIVED_FIELDS],
      basis: 'demand_total',
      // The planning engine passes the source's suppression on as NULL children counts.
      suppressed: r.children_0_2 === null && r.children_3_6 === null,
    }),
  );
}
export type PlanRow = Awaited<ReturnType<typeof fetchPlan>>[number];

/** Names of the scenarios that have plan rows ('baseline' first). */
export async function fetchScenarios(): Promise<string[]> {
  if (!(await planAvailable())) return [];
  const rows = await queryRows(
    "SELECT DISTINCT scenario FROM public_plan ORDER BY scenario <> 'baseline', scenario",
    z.object({ scenario: z.string() }),
  );
  return rows.map((r) => r.scenario);
}
