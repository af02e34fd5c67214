import { z } from 'zod';
import { municipalityExists } from '@/server/queries/areas';
import { fetchEncodedGeometry } from '@/server/queries/geometry';
import { handle, notFound, params, parseQuery } from '@/server/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const query = z.strictObject({ municipality: params.municipality });

/**
 * GET /api/geometry?municipality=091: the postal-area polygons of a municipality for the map, simplified
 * (6 m) and quantised to 1e-5 degrees in a delta-encoded wire format (core/geo/codec.ts). Cached by the
 * browser until the warehouse file changes (ETag).
 */
export function GET(request: Request) {
  return handle(async () => {
    const q = parseQuery(request, query);
    if (!q.ok) return q.response;
    if (!(await municipalityExists(q.data.municipality)))
      return notFound(`No postal areas for municipality ${q.data.municipality}`);
    const body = await fetchEncodedGeometry(q.data.municipality);
    const etag = `"${Buffer.from(body.version).toString('base64url')}-${q.data.municipality}"`;
    const headers: Record<string, string> = {
      ETag: etag,
      'Cache-Control': 'public, max-age=300, stale-while-revalidate=86400',
      'Content-Type': 'application/json',
    };
    if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
    return new Response(body.json, { headers });
  });
}
