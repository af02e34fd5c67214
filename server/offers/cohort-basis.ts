import 'server-only';
import { HELSINKI } from '../../domain/areas/codes';
import type { AreaGeometry } from '../../core/geo/simplify';
import type { CohortArea } from '../../domain/offers/synthetic-cohort';
import { districtsOfAreas } from '../../domain/planning/synthetic-units';
import { z } from 'zod';
import { fetchGeometry } from '../queries/geometry';
import { fetchUndisclosedBaseline } from '../queries/plan';
import { warehouse } from '../warehouse/warehouse';

/**
 * What the synthetic cohort of a round follows: per postal area its polygon, its six-year-olds in the start
 * year (the plan's `children_6`: the forecast when the year is ahead, else the nearest observed year) and
 * its Swedish-speaking share (Helsinki: the district's, from the 2011 key figures; elsewhere an assumed 5 %).
 * Counts are only used to draw synthetic children; they are never shown from here.
 */
export interface CohortBasis {
  areas: CohortArea[];
  year: number | null;
  forecast: boolean;
}

const ASSUMED_SWEDISH_SHARE = 0.05;

const num = z.union([z.number(), z.string().transform(Number)]).nullable();

/**
 * Each Helsinki postal area's Swedish-speaking share: its district's (peruspiiri, 2011 key figures), the
 * area placed in a district by the names of its sub-districts (domain/planning/synthetic-units.ts, the
 * same heuristic as the synthetic units). Read through the web's one warehouse reader.
 */
async function swedishShares(municipality: string): Promise<Map<string, number>> {
  if (municipality !== HELSINKI || !(await warehouse.hasRelation('subarea_hierarchy'))) return new Map();
  const [geometry, subdivisions, districts] = await Promise.all([
    fetchGeometry(municipality),
    warehouse.query(
      `SELECT area_name AS name, parent_code AS "districtCode" FROM subarea_hierarchy
       WHERE municipality_code = $m AND area_level = 'osa-alue' AND parent_level = 'peruspiiri' ORDER BY area_code`,
      z.object({ name: z.string(), districtCode: z.string() }),
      { m: municipality },
    ),
    warehouse.query(
      `SELECT area_code AS code,
              max(value) FILTER (variable = 'population' AND language = 'sv') AS sv,
              sum(value) FILTER (variable = 'population' AND language IN ('fi', 'sv', 'other')) AS "all"
       FROM public_subarea_series WHERE source = 'helsinki-keyfigures' AND area_level = 'peruspiiri' AND municipality_code = $m
       GROUP BY area_code`,
      z.object({ code: z.string(), sv: num, all: num }),
      { m: municipality },
    ),
  ]);
  const areas = geometry.features.map((f) => ({
    postalCode: f.id,
    nameFi: f.properties.name_fi,
    geometry: f.geometry,
    children06: 0,
  }));
  const district = districtsOfAreas(areas, subdivisions);
  const share = new Map(districts.map((d) => [d.code, d.all && d.sv !== null ? d.sv / d.all : ASSUMED_SWEDISH_SHARE]));
  return new Map(
    areas.map((a) => [a.postalCode, share.get(district.get(a.postalCode)?.district ?? '') ?? ASSUMED_SWEDISH_SHARE]),
  );
}

/** Also the polygons to place homes known only by postal code (eVaka's export). */
export async function areaPolygons(municipality: string): Promise<Map<string, AreaGeometry>> {
  const g = await fetchGeometry(municipality);
  return new Map(g.features.map((f) => [f.id, f.geometry]));
}

/** Children of the round's age per area: six-year-olds, or for an ECE round a third of the 0-2-year-olds. */
export async function cohortBasis(
  municipality: string,
  startYear: number,
  kind: 'preschool' | 'ece' = 'preschool',
): Promise<CohortBasis> {
  const [polygons, plan, shares] = await Promise.all([
    areaPolygons(municipality),
    fetchUndisclosedBaseline({ municipalityCode: municipality }),
    swedishShares(municipality),
  ]);
  const of = (r: (typeof plan)[number]) =>
    kind === 'preschool' ? r.children6 : r.children02 === null ? null : r.children02 / 3;
  const years = [...new Set(plan.filter((r) => of(r) !== null).map((r) => r.year))].sort((a, b) => a - b);
  const year = years.includes(startYear)
    ? startYear
    : (years.filter((y) => y <= startYear).at(-1) ?? years.at(-1) ?? null);
  const count = new Map(plan.filter((r) => r.year === year).map((r) => [r.postalCode, of(r) ?? 0]));
  const areas = [...polygons].map(([postalCode, geometry]) => ({
    postalCode,
    geometry,
    children: count.get(postalCode) ?? 0,
    swedishShare: shares.get(postalCode) ?? ASSUMED_SWEDISH_SHARE,
  }));
  return { areas, year, forecast: year !== null && plan.some((r) => r.year === year && r.isForecast) };
}
