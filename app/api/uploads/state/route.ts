import { authorize } from '@/server/auth/authorize';
import { handle, json } from '@/server/http/respond';
import { fetchLineageDigest } from '@/server/queries/models';
import { rawFolderDigest } from '@/server/uploads';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/uploads/state: digests of the raw folder and of the loaded lineage (a failed upload changes neither). */
export function GET(request: Request) {
  return handle(async () => {
    await authorize(request, 'data.read');
    const [lineage] = await fetchLineageDigest();
    return json({ raw: rawFolderDigest(), lineage }, { headers: { 'Cache-Control': 'no-store' } });
  });
}
