import { z } from 'zod';
import { authorize } from '@/server/auth/authorize';
import { notFound } from '@/core/errors';
import { handle, params, parseQuery } from '@/server/http/respond';
import { municipalityExists } from '@/server/queries/areas';
import { fetchEncodedGeometry } from '@/server/queries/geometry';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const query = z.strictObject({ municipality: params.municipality });

/**
 * GET /api/geometry?municipality=091: the postal-area polygons of a municipality for the map, simplified
 * (6 m) and quantised to 1e-5 degrees in a delta-encoded wire format (core/geo/codec.ts). Cached by the
 * browser until the warehouse changes (ETag).
 */
export function GET(request: Request) {
  return handle(async () => {
    await authorize(request, 'dashboard.read');
    const { municipality } = parseQuery(request, query);
    if (!(await municipalityExists(municipality))) throw notFound(`No postal areas for municipality ${municipality}`);
    const body = await fetchEncodedGeometry(municipality);
    const etag = `"${Buffer.from(body.version).toString('base64url')}-${municipality}"`;
    const headers: Record<string, string> = {
      ETag: etag,
      'Cache-Control': 'public, max-age=300, stale-while-revalidate=86400',
      'Content-Type': 'application/json',
    };
    if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
    return new Response(body.json, { headers });
  });
}
