export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/health: for load balancers and supervisors; public, and reveals nothing but "ok". */
export function GET() {
  return new Response(JSON.stringify({ status: 'ok' }), {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  });
}
