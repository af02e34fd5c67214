import { NextResponse, type NextRequest } from 'next/server';
import { readEnv } from './core/config/env';
import { allowedHosts, checkRequest } from './core/http/request-guard';
import { securityHeaders } from './core/http/security-headers';

/**
 * Runs before every page and API request (Next.js proxy): refuses hosts the product does not serve and
 * cross-site writes (core/http/request-guard.ts), puts the security headers and a per-request CSP nonce
 * on the answer, and passes the requested URL to the root layout (which Next.js renders without search
 * parameters), so `<html lang>`, the navigation and the footer follow the `lang` parameter.
 */
export function proxy(request: NextRequest) {
  const env = readEnv();
  const isApi = request.nextUrl.pathname.startsWith('/api/');
  const verdict = checkRequest(request, { hosts: allowedHosts(env.TILANNEHUONE_HOSTS, env.TILANNEHUONE_PUBLIC_URL) });
  const tileOrigin = env.TILANNEHUONE_TILE_URL
    ? new URL(env.TILANNEHUONE_TILE_URL.replace(/\{[a-z]\}/g, 'x')).origin
    : undefined;
  const https = request.nextUrl.protocol === 'https:';
  if (!verdict.ok) {
    const code = verdict.status === 421 ? 'bad_request' : 'forbidden';
    return NextResponse.json(
      { error: { code, message: verdict.reason } },
      { status: verdict.status, headers: securityHeaders('api', { https }) },
    );
  }
  const nonce = isApi ? undefined : Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const headers = new Headers(request.headers);
  headers.set('x-tilannehuone-url', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const own = securityHeaders(isApi ? 'api' : 'page', { nonce, tileOrigin, https });
  // Next.js reads the nonce from the request's CSP and puts it on its own scripts.
  if (nonce) headers.set('content-security-policy', own['Content-Security-Policy']);
  const response = NextResponse.next({ request: { headers } });
  for (const [name, value] of Object.entries(own)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but the build's static files (their headers come from next.config.ts) and the streamed
  // upload, which must not be copied into memory here (server/http/unproxied-route.ts checks it instead).
  matcher: ['/((?!_next/static|_next/image|api/uploads$).*)'],
};
