import { z } from 'zod';
import { LoadError } from './load-error';

/** A published statistic: a number, or NULL with `suppressed` when the source withheld it. */
export interface StatValue {
  value: number | null;
  suppressed: boolean;
}

export interface StatCellOptions {
  /** Tokens meaning "not published". Statistics Finland: `..` protected, `.` logically impossible. */
  suppressedTokens?: readonly string[];
  /** Finnish exports write ratios as `1,8`. */
  decimalComma?: boolean;
  /** Counts, incomes and areas cannot be negative; migration balances can. */
  allowNegative?: boolean;
}

const NUMBER_RE = /^-?\d+(\.\d+)?$/;

/** zod schema for one statistic cell; never turns a withheld value into zero. */
export function statCellSchema(options: StatCellOptions = {}) {
  const tokens = options.suppressedTokens ?? ['..', '.'];
  return z.string().transform((raw, ctx): StatValue => {
    const s = raw.trim();
    if (tokens.includes(s)) return { value: null, suppressed: true };
    const normalised = options.decimalComma ? s.replace(',', '.') : s;
    if (!NUMBER_RE.test(normalised)) {
      ctx.addIssue({
        code: 'custom',
        message: s === '' ? 'empty value (expected a number or a suppression mark)' : `not a number: '${s}'`,
      });
      return z.NEVER;
    }
    const value = Number(normalised);
    if (value < 0 && !options.allowNegative) {
      ctx.addIssue({ code: 'custom', message: `negative value ${s} is not allowed here` });
      return z.NEVER;
    }
    return { value, suppressed: false };
  });
}

export const yearSchema = z.coerce.number().int().min(1900).max(2100);

/**
 * Parses one source row with its zod schema; the first issue becomes `file:line:field: reason`.
 * `fieldNames` maps a numeric path segment (column index) back to the header the analyst sees.
 */
export function parseRow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  file: string,
  line: number,
  fieldNames?: readonly string[],
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path
    .map((p) => (typeof p === 'number' && fieldNames?.[p] !== undefined ? fieldNames[p] : String(p)))
    .filter((p) => p !== 'values')
    .join('.');
  throw new LoadError(file, line, field || 'row', issue.message);
}
