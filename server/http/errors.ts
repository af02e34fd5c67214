import 'server-only';
import { NextResponse } from 'next/server';
import { ZodError } from 'zod';
import { AppError, isAppError, type ErrorCode, type Issue } from '../../core/errors';

/**
 * The one place where the product's error codes become HTTP answers. Every route answers errors as
 * `{ error: { code, message, issues? } }`; an error that is not an AppError is a bug: its details go
 * to the server log and the client gets a generic "internal" (no stack trace, SQL or path).
 */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  busy: 409,
  too_large: 413,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

export function apiError(code: ErrorCode, message: string, issues?: Issue[], init: ResponseInit = {}): NextResponse {
  return NextResponse.json(
    { error: { code, message, ...(issues?.length ? { issues } : {}) } },
    { ...init, status: HTTP_STATUS[code] },
  );
}

const zodIssues = (err: ZodError): Issue[] =>
  err.issues.map((i) => ({ param: i.path.join('.') || '(body)', message: i.message }));

/** The answer for anything a handler threw. */
export function errorResponse(err: unknown): NextResponse {
  if (isAppError(err)) {
    if (err.code === 'internal') console.error('[api] internal error:', err.cause ?? err);
    return apiError(err.code, err.message, err.issues);
  }
  if (err instanceof ZodError) return apiError('bad_request', 'Invalid input', zodIssues(err));
  console.error('[api] unexpected error:', err);
  return apiError('internal', 'Internal error');
}

/** The AppError for a failed zod parse of a request part (query, body, form). */
export const invalid = (what: string, err: ZodError) => new AppError('bad_request', `Invalid ${what}`, zodIssues(err));
