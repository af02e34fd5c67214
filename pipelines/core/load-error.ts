import { AppError } from '../../core/errors';

/**
 * A rejected input. Its message is the one line an analyst sees: `file:line:field: reason`.
 * Line 0 means the problem concerns the whole file (e.g. unreadable gzip).
 */
export class LoadError extends AppError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string,
    readonly reason: string,
  ) {
    super('bad_request', formatLoadError(file, line, field, reason), [
      { param: field, message: formatLoadError(file, line, field, reason) },
    ]);
    this.name = 'LoadError';
  }
}

export function formatLoadError(file: string, line: number, field: string, reason: string): string {
  return `${file}:${line}:${field}: ${reason}`;
}

/** Several rejected lines of one input (an analyst fixes them all at once); the message is the first. */
export class LoadErrors extends AppError {
  constructor(readonly errors: readonly LoadError[]) {
    super(
      'bad_request',
      errors[0]?.message ?? 'the input was refused',
      errors.flatMap((e) => e.issues ?? []),
    );
    this.name = 'LoadErrors';
  }
}

/** The rejected lines of an error thrown by a load, or none. */
export const loadErrorsOf = (err: unknown): readonly LoadError[] =>
  err instanceof LoadErrors ? err.errors : err instanceof LoadError ? [err] : [];
