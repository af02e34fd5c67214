import 'server-only';
import { z } from 'zod';
import type { PlanRow } from '../../domain/planning/plan-types';
import type { AreaGeometry } from '../../core/geo/simplify';
import { buildReport, type ReportRow } from '../../domain/report/capacity-report';
import { suurpiiriOfAreas, type DistrictAssignment } from '../../domain/report/district';
import { fetchAttributions } from './lineage';
import { hasRelation, memoByWarehouse, queryRows } from '../warehouse/reader';

/**
 * Data of the leadership capacity report: public_plan rows of a municipality and scenario summed by
 * district (Helsinki suurpiiri by the name heuristic in domain/report/district.ts; other municipalities as
 * one group). Only rounded district totals leave this module (see domain/report/capacity-report.ts).
 */
const num = z.coerce.number().nullable();
const rawSchema = z.object({
  scenario: z.string(),
  postal_code: z.string(),
  municipality_code: z.string(),
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

const COLUMNS = Object.keys(rawSchema.shape)
  .map((c) => `"${c}"`)
  .join(', ');

function toPlanRow(r: z.infer<typeof rawSchema>): PlanRow {
  return {
    scenario: r.scenario,
    postalCode: r.postal_code,
    municipalityCode: r.municipality_code,
    year: r.year,
    isForecast: r.is_forecast,
    children02: r.children_0_2,
    children36: r.children_3_6,
    children6: r.children_6,
    demandUnder3: r.demand_under3,
    demand3plusFullday: r.demand_3plus_fullday,
    demand3plusPartday: r.demand_3plus_partday,
    demandPreschool: r.demand_preschool,
    demandTotal: r.demand_total,
    demandTotalLo80: r.demand_total_lo80,
    demandTotalHi80: r.demand_total_hi80,
    capacityUnder3: r.capacity_under3,
    capacity3plus: r.capacity_3plus,
    capacityTotal: r.capacity_total,
    capacityWalkTotal: r.capacity_walk_total,
    gapPlaces: r.gap_places,
    gapM2: r.gap_m2,
    fillRate: r.fill_rate,
    staffEducators: r.staff_educators,
    staffFte: r.staff_fte,
    groups: r.groups,
    floorAreaNeededM2: r.floor_area_needed_m2,
    rag: r.rag,
    syntheticCapacity: r.synthetic_capacity,
    preschoolTransportNeeded: null,
  };
}

const HELSINKI = '091';

/** Postal area -> Helsinki suurpiiri, or null when the key cannot be built (no hierarchy or geometry). */
async function helsinkiDistricts(): Promise<Map<string, DistrictAssignment> | null> {
  return memoByWarehouse('report:helsinki-districts', async () => {
    if (!(await hasRelation('subarea_hierarchy'))) return null;
    const [areas, subdivisions, parents, names] = await Promise.all([
      queryRows(
        'SELECT postal_code, name_fi, geojson FROM public_area_geometry WHERE municipality_code = $m ORDER BY postal_code',
        z.object({ postal_code: z.string(), name_fi: z.string(), geojson: z.string() }),
        { m: HELSINKI },
      ),
      queryRows(
        `SELECT area_name AS name, parent_code AS district FROM subarea_hierarchy
                 WHERE municipality_code = $m AND area_level = 'osa-alue' AND parent_level = 'peruspiiri' ORDER BY area_code`,
        z.object({ name: z.string(), district: z.string() }),
        { m: HELSINKI },
      ),
      queryRows(
        `SELECT area_code AS code, parent_code AS parent FROM subarea_hierarchy
                 WHERE municipality_code = $m AND area_level = 'peruspiiri' AND parent_level = 'suurpiiri'`,
        z.object({ code: z.string(), parent: z.string() }),
        { m: HELSINKI },
      ),
      queryRows(
        `SELECT area_code AS code, area_name AS name FROM subarea_hierarchy WHERE municipality_code = $m AND area_level = 'suurpiiri'`,
        z.object({ code: z.string(), name: z.string() }),
        { m: HELSINKI },
      ),
    ]);
    if (areas.length === 0 || subdivisions.length === 0 || names.length === 0) return null;
    return suurpiiriOfAreas(
      areas.map((a) => ({
        postalCode: a.postal_code,
        nameFi: a.name_fi,
        geometry: JSON.parse(a.geojson) as AreaGeometry,
      })),
      {
        subdivisions: subdivisions.map((s) => ({ name: s.name, districtCode: s.district })),
        peruspiiriParent: new Map(parents.map((p) => [p.code, p.parent])),
        suurpiiriName: new Map(names.map((n) => [n.code, n.name])),
      },
    );
  });
}

export interface CapacityReport {
  available: boolean;
  municipalityCode: string;
  municipalityName: string;
  scenario: string;
  grouping: 'suurpiiri' | 'municipality';
  rows: ReportRow[];
  attributions: { attribution: string; licence: string }[];
}

export async function fetchCapacityReport(municipalityCode: string, scenario: string): Promise<CapacityReport> {
  return memoByWarehouse(`report:${municipalityCode}:${scenario}`, async () => {
    const attributions = await fetchAttributions();
    const [muni] = await queryRows(
      'SELECT any_value(municipality_name) AS name FROM public_areas WHERE municipality_code = $m',
      z.object({ name: z.string().nullable() }),
      { m: municipalityCode },
    );
    const municipalityName = muni?.name ?? municipalityCode;
    const base = { municipalityCode, municipalityName, scenario, attributions };
    if (!(await hasRelation('public_plan'))) return { ...base, available: false, grouping: 'municipality', rows: [] };
    const raw = await queryRows(
      `SELECT ${COLUMNS} FROM public_plan WHERE scenario = $s AND municipality_code = $m ORDER BY postal_code, year`,
      rawSchema,
      { s: scenario, m: municipalityCode },
    );
    const rows = raw.map(toPlanRow);
    const districts = municipalityCode === HELSINKI ? await helsinkiDistricts() : null;
    const report = districts
      ? buildReport(rows, (r) => districts.get(r.postalCode) ?? { code: 'other', name: municipalityName })
      : buildReport(rows, () => ({ code: municipalityCode, name: municipalityName }));
    return { ...base, available: rows.length > 0, grouping: districts ? 'suurpiiri' : 'municipality', rows: report };
  });
}
