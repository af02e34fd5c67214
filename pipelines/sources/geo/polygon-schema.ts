import { z } from 'zod';

/**
 * Polygon / MultiPolygon geometry in WGS84 lon/lat, within Finland's bounding box (with its sea areas).
 * The range check catches swapped axes and projected metres (EPSG:3067) that would otherwise draw off the map.
 */
const FINLAND = { minLon: 19, maxLon: 32, minLat: 59, maxLat: 71 };

const position = z
  .array(z.number())
  .min(2, 'a position needs longitude and latitude')
  .max(3, 'a position has at most three numbers')
  .refine(
    ([lon, lat]) => lon >= FINLAND.minLon && lon <= FINLAND.maxLon && lat >= FINLAND.minLat && lat <= FINLAND.maxLat,
    {
      message: `position outside Finland (expected lon ${FINLAND.minLon}..${FINLAND.maxLon}, lat ${FINLAND.minLat}..${FINLAND.maxLat})`,
    },
  );

const ring = z
  .array(position)
  .min(4, 'a polygon ring needs at least four positions')
  .refine((r) => r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1], {
    message: 'polygon ring is not closed',
  });

const polygon = z.array(ring).min(1, 'a polygon needs an outer ring');

export const polygonGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: polygon }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon).min(1) }),
]);

export const postalCodeSchema = z.string().regex(/^\d{5}$/, 'expected a five-digit postal code');

/** Municipality codes arrive as '91' or '091'; the warehouse keys are three digits. */
export const municipalityCodeSchema = z
  .union([z.string(), z.number().int()])
  .transform(String)
  .pipe(z.string().regex(/^\d{1,3}$/, 'expected a municipality code of up to three digits'))
  .transform((s) => s.padStart(3, '0'));

/** The vintage a file name states ("..._2023_wgs84.geojson"), else the given default. */
export function vintageOfFileName(relPath: string, fallback: number): number {
  const year = /(?:^|[^\d])(20\d{2})(?=[^\d]|$)/.exec(relPath.split('/').pop() ?? '')?.[1];
  return year ? Number(year) : fallback;
}
