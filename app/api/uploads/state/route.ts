import { rawDataDir } from '@/core/config/paths';
import { fetchLineageDigest } from '@/server/queries/models';
import { rawDigest } from '@/workflows/upload/raw-files';
import { handle, json } from '@/server/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/uploads/state: digests of the raw folder and of the loaded lineage (a failed upload changes neither). */
export function GET() {
  return handle(async () => {
    const [lineage] = await fetchLineageDigest();
    return json({ raw: rawDigest(rawDataDir()), lineage }, { headers: { 'Cache-Control': 'no-store' } });
  });
}
