/**
 * The one CSV writer: RFC 4180 quoting, empty cells for unknown values (never 0), and text cells that
 * a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) prefixed with
 * an apostrophe. Numbers and booleans are written as they are, so a negative gap stays a number.
 */
export type CsvValue = string | number | boolean | null | undefined;

export interface CsvColumn<T> {
  name: string;
  value: (row: T) => CsvValue;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet would run as a formula, made inert (also used by the XLSX export). */
export const neutraliseText = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return String(value);
  const text = neutraliseText(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV document: the header, one line per row, then (after a blank line) `# ` notes such as the
 * summary and the data attributions, which a spreadsheet shows below the table.
 */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[], notes: readonly string[] = []): string {
  const lines = [columns.map((c) => csvCell(c.name)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
  if (notes.length > 0) lines.push('', ...notes.map((n) => csvCell(`# ${n}`)));
  return `${lines.join('\n')}\n`;
}
