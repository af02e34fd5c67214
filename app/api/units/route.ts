import { z } from 'zod';
import { authorize } from '@/server/auth/authorize';
import { notFound } from '@/core/errors';
import { handle, json, params, parseQuery } from '@/server/http/respond';
import { fetchArea, municipalityExists } from '@/server/queries/areas';
import { fetchUnits, unitsAvailable } from '@/server/queries/units';

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
    await authorize(request, 'dashboard.read');
    const q = parseQuery(request, query);
    if (q.postal_code && !(await fetchArea(q.postal_code))) throw notFound(`Unknown postal area ${q.postal_code}`);
    if (q.municipality && !(await municipalityExists(q.municipality))) {
      throw notFound(`No postal areas for municipality ${q.municipality}`);
    }
    if (!(await unitsAvailable())) return json({ available: false, units: [], note: 'No unit data yet.' });
    const units = await fetchUnits({
      municipalityCode: q.municipality,
      postalCode: q.postal_code,
      near: q.near ? { lat: q.near[0], lon: q.near[1], radiusKm: q.radius_km } : undefined,
      year: q.year,
      limit: q.limit,
    });
    return json({ available: true, units });
  });
}
