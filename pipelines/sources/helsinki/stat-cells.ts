import { LoadError } from '../../core/load-error';
import type { statCellSchema, StatValue } from '../../core/values';

const PLAIN_NUMBER_RE = /^\d+(\.\d+)?$/;

/**
 * One statistic cell through the shared zod cell schema, with a fast path for a plain non-negative number
 * (the bulk of the ~1.5 M cells of the Aluesarjat and HSY files): the schema still decides every other
 * cell, so suppression marks and error messages are the same as in every other source.
 */
export function parseStatCell(
  raw: string,
  schema: ReturnType<typeof statCellSchema>,
  relPath: string,
  line: number,
  column: string,
): StatValue {
  if (PLAIN_NUMBER_RE.test(raw)) return { value: Number(raw), suppressed: false };
  const result = schema.safeParse(raw);
  if (!result.success) throw new LoadError(relPath, line, column, result.error.issues[0].message);
  return result.data;
}
