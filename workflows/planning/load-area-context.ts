import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import type { AreaGeometry } from '../../core/geo/simplify';
import { bboxOf, centroidOf, pointInGeometry, weightedCentre, type Point } from '../../core/geo/geometry';
import { readRows } from '../../core/warehouse/with-warehouse';

/**
 * What the plan needs to know about each postal area besides its children:
 * - the point walking distances start from: the centre of the area's children in the newest HSY
 *   population grid (250 m cells, ages 0-9; capital region) when the grid covers it, else the polygon
 *   centroid - a child in a big suburban area lives nearer its homes than its forests;
 * - employment rate (Paavo pt_tyoll / (pt_tyoll + pt_tyott), latest year): the covariate of the
 *   1-2-year-old participation adjustment; and the mean dwelling size (ra_as_kpa) for housing scenarios.
 */
export interface AreaContext {
  point: Point | null;
  pointSource: 'grid' | 'centroid' | null;
  employmentRate: number | null;
  dwellingSizeM2: number | null;
}

const num = z.union([z.number(), z.string().transform(Number)]);
const geometrySchema = z.object({ postal_code: z.string(), geojson: z.string() });
const cellSchema = z.object({ lon: num, lat: num, value: num });
const covariateSchema = z.object({
  postal_code: z.string(),
  employed: num.nullable(),
  unemployed: num.nullable(),
  dwelling_size: num.nullable(),
});

const GRID_SQL = `
  SELECT lon, lat, value FROM grid_observation
  WHERE variable = 'age_0_9' AND value > 0 AND year = (SELECT max(year) FROM grid_observation WHERE variable = 'age_0_9')`;

const COVARIATE_SQL = `
  SELECT postal_code,
         arg_max(value, year) FILTER (variable = 'pt_tyoll' AND value IS NOT NULL) AS employed,
         arg_max(value, year) FILTER (variable = 'pt_tyott' AND value IS NOT NULL) AS unemployed,
         arg_max(value, year) FILTER (variable = 'ra_as_kpa' AND value IS NOT NULL) AS dwelling_size
  FROM public_postal_observations WHERE variable IN ('pt_tyoll', 'pt_tyott', 'ra_as_kpa') GROUP BY postal_code`;

/** The grid is a canonical table without a public view; a warehouse without it just uses centroids. */
async function loadGridCells(connection: DuckDBConnection): Promise<z.infer<typeof cellSchema>[]> {
  try {
    return z.array(cellSchema).parse(await readRows(connection, GRID_SQL));
  } catch {
    return [];
  }
}

export async function loadAreaContext(connection: DuckDBConnection): Promise<Map<string, AreaContext>> {
  const out = new Map<string, AreaContext>();
  const context = (code: string) => {
    let c = out.get(code);
    if (!c) out.set(code, (c = { point: null, pointSource: null, employmentRate: null, dwellingSizeM2: null }));
    return c;
  };
  const cells = await loadGridCells(connection);
  for (const g of z
    .array(geometrySchema)
    .parse(await readRows(connection, 'SELECT postal_code, geojson FROM public_area_geometry'))) {
    const geometry = JSON.parse(g.geojson) as AreaGeometry;
    const box = bboxOf(geometry);
    const inside = cells
      .filter((c) => c.lon >= box.minLon && c.lon <= box.maxLon && c.lat >= box.minLat && c.lat <= box.maxLat)
      .filter((c) => pointInGeometry(c, geometry))
      .map((c) => ({ point: { lon: c.lon, lat: c.lat }, weight: c.value }));
    const weighted = weightedCentre(inside);
    const c = context(g.postal_code);
    c.point = weighted ?? centroidOf(geometry);
    c.pointSource = weighted ? 'grid' : 'centroid';
  }
  for (const r of z.array(covariateSchema).parse(await readRows(connection, COVARIATE_SQL))) {
    const c = context(r.postal_code);
    const labour = (r.employed ?? 0) + (r.unemployed ?? 0);
    c.employmentRate = r.employed !== null && labour > 0 ? r.employed / labour : null;
    c.dwellingSizeM2 = r.dwelling_size !== null && r.dwelling_size > 0 ? r.dwelling_size : null;
  }
  return out;
}
