import 'server-only';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { memoByWarehouse, WarehouseUnavailableError } from '@/server/warehouse/reader';

/**
 * The edge of the data API: every query parameter is parsed with zod (unknown parameters are refused),
 * errors are typed JSON, and no stack trace or database message ever reaches the client.
 */

export type ApiErrorCode = 'bad_request' | 'not_found' | 'unavailable' | 'internal';

export function apiError(
  status: number,
  code: ApiErrorCode,
  message: string,
  issues?: { param: string; message: string }[],
) {
  return NextResponse.json({ error: { code, message, ...(issues ? { issues } : {}) } }, { status });
}

export const notFound = (message: string) => apiError(404, 'not_found', message);

/** The body of a 404 answer, for cached answers. */
export const notFoundBody = (message: string) => ({ status: 404, body: { error: { code: 'not_found', message } } });

/** Parses the query string with a strict schema; a repeated or unknown parameter is a 400. */
export function parseQuery<S extends z.ZodType>(
  request: Request,
  schema: S,
): { ok: true; data: z.output<S> } | { ok: false; response: NextResponse } {
  const params = new URL(request.url).searchParams;
  const raw: Record<string, string> = {};
  const repeated: string[] = [];
  for (const [key, value] of params) {
    if (key in raw) repeated.push(key);
    raw[key] = value;
  }
  if (repeated.length) {
    return {
      ok: false,
      response: apiError(
        400,
        'bad_request',
        'Invalid query parameters',
        repeated.map((p) => ({ param: p, message: 'given more than once' })),
      ),
    };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      param: i.code === 'unrecognized_keys' ? i.keys.join(', ') : i.path.join('.') || '(query)',
      message: i.code === 'unrecognized_keys' ? 'unknown parameter' : i.message,
    }));
    return { ok: false, response: apiError(400, 'bad_request', 'Invalid query parameters', issues) };
  }
  return { ok: true, data: parsed.data };
}

/** Runs a handler; a missing warehouse is a 503, anything unexpected a generic 500 (details only in the server log). */
export async function handle(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof WarehouseUnavailableError) return apiError(503, 'unavailable', err.message);
    console.error('[api] unexpected error:', err);
    return apiError(500, 'internal', 'Internal error');
  }
}

/** Shared parameter schemas (query strings are text: numbers are coerced, then bounded). */
export const params = {
  postalCode: z.string().regex(/^\d{5}$/, 'a five-digit postal code'),
  municipality: z.string().regex(/^\d{3}$/, 'a three-digit municipality code'),
  year: z.coerce.number().int().min(1990).max(2100),
  scenario: z.string().regex(/^[\w\- ]{1,64}$/, 'letters, digits, space, - or _ (at most 64)'),
  limit: (max: number) => z.coerce.number().int().min(1).max(max),
  offset: z.coerce.number().int().min(0).max(10_000_000),
};

export const json = (body: unknown, init?: ResponseInit) => NextResponse.json(body, init);

/** A JSON answer computed once per warehouse file and query (the data cannot change in between). */
export async function cachedJson(
  key: string,
  build: () => Promise<{ status?: number; body: unknown }>,
): Promise<Response> {
  const { status, text } = await memoByWarehouse(key, async () => {
    const r = await build();
    return { status: r.status ?? 200, text: JSON.stringify(r.body) };
  });
  return new Response(text, { status, headers: { 'Content-Type': 'application/json' } });
}
