import { z } from 'zod';
import { fetchArea, municipalityExists } from '@/server/queries/areas';
import { fetchUnits, unitsAvailable } from '@/server/queries/units';
import { cachedJson, handle, notFoundBody, params, parseQuery } from '@/server/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const near = z
  .string()
  .regex(/^-?\d{1,3}(\.\d+)?,-?\d{1,3}(\.\d+)?$/, 'lat,lon in degrees')
  .transform((s) => s.split(',').map(Number) as [number, number])
  .refine(([lat, lon]) => Math.abs(lat) <= 90 && Math.abs(lon) <= 180, 'lat,lon out of range');

const query = z.strictObject({
  municipality: params.municipality.optional(),
  postal_code: params.postalCode.optional(),
  near: near.optional(),
  radius_km: z.coerce.number().min(0.1).max(50).default(2),
  year: params.year.optional(),
  limit: params.limit(5000).default(500),
});

/** GET /api/units?near=60.17,24.94&radius_km=2: ECE units (synthetic ones flagged `synthetic: true`). */
export function GET(request: Request) {
  return handle(async () => {
    const q = parseQuery(request, query);
    if (!q.ok) return q.response;
    const { municipality, postal_code, near: point, radius_km, year, limit } = q.data;
    return cachedJson(`units:${JSON.stringify(q.data)}`, async () => {
      if (postal_code && !(await fetchArea(postal_code))) return notFoundBody(`Unknown postal area ${postal_code}`);
      if (municipality && !(await municipalityExists(municipality)))
        return notFoundBody(`No postal areas for municipality ${municipality}`);
      if (!(await unitsAvailable()))
        return { body: { available: false, units: [], note: 'No unit data yet (npm run plan).' } };
      const units = await fetchUnits({
        municipalityCode: municipality,
        postalCode: postal_code,
        near: point ? { lat: point[0], lon: point[1], radiusKm: radius_km } : undefined,
        year,
        limit,
      });
      return { body: { available: true, units } };
    });
  });
}
