import 'server-only';
import type { Action } from '../../domain/auth/actions';
import type { Authorized } from '../auth/authorize';
import { roundFor } from './access';
import { actorOf } from './actor';
import { roundIdSchema } from './schemas';

/** The round a route names, for a user already authorized for `action` (and checked for its municipality). */
export async function roundOfRoute(by: Authorized, action: Action, params: Promise<{ round: string }>) {
  const roundId = roundIdSchema.parse((await params).round);
  const actor = actorOf(by);
  return { round: await roundFor(by.user, action, roundId, actor), actor };
}

/** A CSV or PDF download that is never cached by a browser or a proxy. */
export function download(body: BodyInit, type: string, name: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    },
  });
}
