import pg from 'pg';

/**
 * How the app store turns PostgreSQL values into JavaScript, for its pools only (pg's global parsers
 * stay untouched, so no other library in the process is surprised):
 *
 * - INT8 / BIGINT (also what COUNT(*) and SUM(int) return) -> number. Ids and counts stay far below
 *   2^53; a value beyond that throws instead of silently losing digits.
 * - NUMERIC -> number. The store keeps planning quantities and euros, for which 15 significant digits
 *   are ample; a column that ever needs exact decimals is read as `::text`.
 * - DATE -> 'YYYY-MM-DD' string. pg's default makes a Date at local midnight, which shifts a day
 *   when the server's and the process's time zones differ.
 * - Arrays of these follow the same rules. TIMESTAMPTZ stays a Date (an instant), everything else as pg.
 */
const OID = { int8: 20, numeric: 1700, date: 1082, int8Array: 1016, numericArray: 1231, dateArray: 1182 };
const TEXT_ARRAY_OID = 1009;

export function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`BIGINT ${text} does not fit a JavaScript number`);
  return value;
}

export const parseNumeric = (text: string): number => Number(text);

type TypeId = Parameters<typeof pg.types.getTypeParser>[0];
const parseTextArray = pg.types.getTypeParser(TEXT_ARRAY_OID as TypeId, 'text') as (text: string) => (string | null)[];
const arrayOf =
  (parse: (text: string) => unknown) =>
  (text: string): unknown[] =>
    parseTextArray(text).map((entry) => (entry === null ? null : parse(entry)));

const TEXT_PARSERS: Record<number, (text: string) => unknown> = {
  [OID.int8]: parseInt8,
  [OID.numeric]: parseNumeric,
  [OID.date]: (text) => text,
  [OID.int8Array]: arrayOf(parseInt8),
  [OID.numericArray]: arrayOf(parseNumeric),
  [OID.dateArray]: arrayOf((text) => text),
};

export const appStoreTypes: pg.CustomTypesConfig = {
  getTypeParser: (oid, format) =>
    (format ?? 'text') === 'text' && TEXT_PARSERS[oid] ? TEXT_PARSERS[oid] : pg.types.getTypeParser(oid, format),
};
