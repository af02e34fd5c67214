import 'server-only';
import { z } from 'zod';
import { HELSINKI } from '../../domain/areas/codes';
import type { AreaGeometry } from '../../core/geo/simplify';
import { buildReport, type ReportRow } from '../../domain/report/capacity-report';
import { suurpiiriOfAreas, type DistrictAssignment } from '../../domain/report/district';
import { fetchAttributions } from './lineage';
import { planAvailable } from './plan';
import { fetchUndisclosedPlanRows } from './scenarios';
import { warehouse } from '../warehouse/warehouse';

/**
 * Data of the leadership capacity report: public_plan rows of a municipality and scenario summed by
 * district (Helsinki suurpiiri by the name heuristic in domain/report/district.ts; other municipalities as
 * one group). Only rounded district totals leave this module (see domain/report/capacity-report.ts).
 */
/** Postal area -> Helsinki suurpiiri, or null when the key cannot be built (no hierarchy or geometry). */
async function helsinkiDistricts(): Promise<Map<string, DistrictAssignment> | null> {
  return warehouse.memo('report:helsinki-districts', async () => {
    if (!(await warehouse.hasRelation('subarea_hierarchy'))) return null;
    const [areas, subdivisions, parents, names] = await Promise.all([
      warehouse.query(
        'SELECT postal_code, name_fi, geojson FROM public_area_geometry WHERE municipality_code = $m ORDER BY postal_code',
        z.object({ postal_code: z.string(), name_fi: z.string(), geojson: z.string() }),
        { m: HELSINKI },
      ),
      warehouse.query(
        `SELECT area_name AS name, parent_code AS district FROM subarea_hierarchy
                 WHERE municipality_code = $m AND area_level = 'osa-alue' AND parent_level = 'peruspiiri' ORDER BY area_code`,
        z.object({ name: z.string(), district: z.string() }),
        { m: HELSINKI },
      ),
      warehouse.query(
        `SELECT area_code AS code, parent_code AS parent FROM subarea_hierarchy
                 WHERE municipality_code = $m AND area_level = 'peruspiiri' AND parent_level = 'suurpiiri'`,
        z.object({ code: z.string(), parent: z.string() }),
        { m: HELSINKI },
      ),
      warehouse.query(
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
  return warehouse.memo(`report:${municipalityCode}:${scenario}`, async () => {
    const attributions = await fetchAttributions();
    const [muni] = await warehouse.query(
      'SELECT any_value(municipality_name) AS name FROM public_areas WHERE municipality_code = $m',
      z.object({ name: z.string().nullable() }),
      { m: municipalityCode },
    );
    const municipalityName = muni?.name ?? municipalityCode;
    const base = { municipalityCode, municipalityName, scenario, attributions };
    if (!(await planAvailable())) return { ...base, available: false, grouping: 'municipality', rows: [] };
    // Undisclosed area rows: the report rounds its district totals instead (domain/report/capacity-report.ts).
    const rows = await fetchUndisclosedPlanRows(scenario, municipalityCode);
    const districts = municipalityCode === HELSINKI ? await helsinkiDistricts() : null;
    const report = districts
      ? buildReport(rows, (r) => districts.get(r.postalCode) ?? { code: 'other', name: municipalityName })
      : buildReport(rows, () => ({ code: municipalityCode, name: municipalityName }));
    return { ...base, available: rows.length > 0, grouping: districts ? 'suurpiiri' : 'municipality', rows: report };
  });
}
