/**
 * The one error type the product throws on purpose. Its code says what kind of failure it is; the
 * HTTP layer maps codes to status in one table (server/http/errors.ts), CLIs print the message as one
 * line. Anything that is not an AppError is a bug: logged in full, answered as a generic "internal".
 */
export const ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'busy',
  'too_large',
  'rate_limited',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A field-level problem ("births.pct: must be at least -90"). */
export interface Issue {
  param: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}

export const isAppError = (err: unknown): err is AppError => err instanceof AppError;

export const badRequest = (message: string, issues?: Issue[]) => new AppError('bad_request', message, issues);
export const notFound = (message: string) => new AppError('not_found', message);
export const busy = (message: string) => new AppError('busy', message);

/** The warehouse (or derived data) cannot be read: shown to users as "data not available yet". */
export const unavailable = (message = 'The data warehouse is not available. Run `npm run ingest` and reload.') =>
  new AppError('unavailable', message);
