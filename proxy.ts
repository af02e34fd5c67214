import { NextResponse, type NextRequest } from 'next/server';

/**
 * Passes the requested URL to the root layout (which Next.js renders without search parameters), so
 * `<html lang>`, the navigation and the footer follow the `lang` parameter of the URL.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set('x-tilannehuone-url', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: not the API, static files or Next.js internals.
  matcher: ['/((?!api/|_next/|favicon\\.ico|.*\\.[a-z0-9]+$).*)'],
};
