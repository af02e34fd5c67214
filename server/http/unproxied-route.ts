import 'server-only';
import { NextResponse } from 'next/server';
import { readEnv } from '../../core/config/env';
import { allowedHosts, checkRequest } from '../../core/http/request-guard';
import { securityHeaders } from '../../core/http/security-headers';

/**
 * The few routes the Next.js proxy skips (proxy.ts): the proxy copies a request body into memory before
 * the route sees it, cut at 10 MB, so a streamed 50 MB upload must not pass through it. Such a route
 * makes the proxy's checks itself (host, cross-site writes) and puts the same security headers on its
 * answer.
 */
export async function unproxied(request: Request, handler: () => Promise<Response>): Promise<Response> {
  const env = readEnv();
  const verdict = checkRequest(request, { hosts: allowedHosts(env.TILANNEHUONE_HOSTS, env.TILANNEHUONE_PUBLIC_URL) });
  const response = verdict.ok
    ? await handler()
    : NextResponse.json(
        { error: { code: verdict.status === 421 ? 'bad_request' : 'forbidden', message: verdict.reason } },
        { status: verdict.status },
      );
  const https = new URL(request.url).protocol === 'https:';
  for (const [name, value] of Object.entries(securityHeaders('api', { https }))) response.headers.set(name, value);
  return response;
}
