import 'server-only';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { AppError } from '../../core/errors';
import { warehouse } from '../warehouse/warehouse';
import { errorResponse, invalid } from './errors';

/**
 * The edge of the data API: every query parameter is parsed with zod (unknown or repeated parameters
 * are refused), failures are thrown as AppErrors and answered in one place (errors.ts).
 */

/** Runs a handler and answers whatever it throws through the one error mapping. */
export async function handle(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (err) {
    return errorResponse(err);
  }
}

/** Parses the query string with a strict schema; a repeated or unknown parameter is a 400. */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const raw: Record<string, string> = {};
  const repeated: string[] = [];
  for (const [key, value] of new URL(request.url).searchParams) {
    if (key in raw) repeated.push(key);
    raw[key] = value;
  }
  if (repeated.length) {
    throw new AppError(
      'bad_request',
      'Invalid query parameters',
      repeated.map((p) => ({ param: p, message: 'given more than once' })),
    );
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const unknown = parsed.error.issues.find((i) => i.code === 'unrecognized_keys');
    if (unknown && unknown.code === 'unrecognized_keys') {
      throw new AppError('bad_request', 'Invalid query parameters', [
        { param: unknown.keys.join(', '), message: 'unknown parameter' },
      ]);
    }
    throw invalid('query parameters', parsed.error);
  }
  return parsed.data;
}

/** Reads a JSON body and parses it with `schema` (field-level issues on failure). */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError('bad_request', 'Body is not JSON');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw invalid('body', parsed.error);
  return parsed.data;
}

/** Shared parameter schemas (query strings are text: numbers are coerced, then bounded). */
export const params = {
  postalCode: z.string().regex(/^\d{5}$/, 'a five-digit postal code'),
  municipality: z.string().regex(/^\d{3}$/, 'a three-digit municipality code'),
  year: z.coerce.number().int().min(1990).max(2100),
  scenario: z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N} _.-]{0,63}$/u, 'letters, digits, space, _ . - (at most 64)'),
  limit: (max: number) => z.coerce.number().int().min(1).max(max),
  offset: z.coerce.number().int().min(0).max(10_000_000),
};

export const json = (body: unknown, init?: ResponseInit) => NextResponse.json(body, init);

/**
 * A JSON answer computed once per generation of the warehouse files and query (the data cannot change
 * in between). A build that throws (a 404, say) is not kept.
 */
export async function cachedJson(key: string, build: () => Promise<unknown>): Promise<Response> {
  const text = await warehouse.memo(key, async () => JSON.stringify(await build()));
  return new Response(text, { headers: { 'Content-Type': 'application/json' } });
}
