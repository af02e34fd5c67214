import 'server-only';
import { AppError } from '../../core/errors';

/**
 * A state-changing request must come from this site. Browsers send `Origin` on POST; a request whose
 * Origin names another host is refused. (Issue "Who may see what" tightens this further.)
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get('origin');
  if (origin === null) return;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    // an Origin that is not a URL is refused below
  }
  if (originHost === null || originHost !== host) throw new AppError('forbidden', 'Cross-site request refused');
}
