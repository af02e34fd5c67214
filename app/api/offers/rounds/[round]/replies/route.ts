import { authorize } from '@/server/auth/authorize';
import { auditView } from '@/server/offers/access';
import { importReplies } from '@/server/offers/commands';
import { roundOfRoute } from '@/server/offers/route-helpers';
import { repliesImportSchema } from '@/server/offers/schemas';
import { roundReplies } from '@/server/offers/views';
import { handle, json, parseJsonBody } from '@/server/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET: every reply with what it did; those with status 'review' are the review queue (audited). */
export function GET(request: Request, { params }: { params: Promise<{ round: string }> }): Promise<Response> {
  return handle(async () => {
    const by = await authorize(request, 'offers.read');
    const { round, actor } = await roundOfRoute(by, 'offers.read', params);
    await auditView(actor, round.id, 'replies');
    return json({ replies: await roundReplies(round) });
  });
}

/** POST {fileName, text}: an operator's CSV of SMS replies (received_at,phone,text), all or nothing. */
export function POST(request: Request, { params }: { params: Promise<{ round: string }> }): Promise<Response> {
  return handle(async () => {
    const by = await authorize(request, 'offers.manage');
    const { round, actor } = await roundOfRoute(by, 'offers.manage', params);
    const body = await parseJsonBody(request, repliesImportSchema);
    return json({ imported: await importReplies(round, body.fileName, body.text, actor) });
  });
}
