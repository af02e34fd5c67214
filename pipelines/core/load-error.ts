/**
 * A rejected input. Its message is the one line an analyst sees: `file:line:field: reason`.
 * Line 0 means the problem concerns the whole file (e.g. unreadable gzip).
 */
export class LoadError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string,
    readonly reason: string,
  ) {
    super(formatLoadError(file, line, field, reason));
    this.name = 'LoadError';
  }
}

export function formatLoadError(file: string, line: number, field: string, reason: string): string {
  return `${file}:${line}:${field}: ${reason}`;
}
