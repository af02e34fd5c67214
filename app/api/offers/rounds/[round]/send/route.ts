import { authorize } from '@/server/auth/authorize';
import { send } from '@/server/offers/commands';
import { roundOfRoute } from '@/server/offers/route-helpers';
import { sendSchema } from '@/server/offers/schemas';
import { handle, json, parseJsonBody } from '@/server/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * POST {what: 'survey' | 'offers' | 'reminders' | 'deliver' | 'retry'}: queues the messages (one per family,
 * in its language) and hands the outbox to the configured senders; 'retry' requeues failed messages.
 */
export function POST(request: Request, { params }: { params: Promise<{ round: string }> }): Promise<Response> {
  return handle(async () => {
    const by = await authorize(request, 'offers.send');
    const { round, actor } = await roundOfRoute(by, 'offers.send', params);
    const { what } = await parseJsonBody(request, sendSchema);
    return json(await send(round, what, actor));
  });
}
