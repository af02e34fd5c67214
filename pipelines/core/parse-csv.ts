import { LoadError } from './load-error';

export interface CsvRecord {
  /** 1-based line number where the record starts in the file. */
  line: number;
  fields: string[];
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * RFC 4180 CSV with a chosen delimiter: quoted fields may hold delimiters, quotes ("") and newlines.
 * Blank lines are skipped; a carriage return outside quotes is dropped. An unterminated quote is a
 * truncated file and is reported as such.
 *
 * Hot path (millions of fields per ingest): a line without quotes is split with indexOf/split; a line
 * with a quote goes through the quote state machine, which copies text in slices, never char by char.
 */
export function parseCsv(text: string, delimiter: string, relPath: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const n = text.length;
  let pos = 0;
  let line = 1;
  while (pos < n) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = n;
    const end = eol > pos && text.charCodeAt(eol - 1) === CR ? eol - 1 : eol;
    let content = text.slice(pos, end);
    // The quote test is per line on purpose: a "next quote in the file" index looks cheaper, but V8 may
    // hoist that (pure) indexOf out of its branch and rescan the rest of a quote-free file on every line.
    if (!content.includes('"')) {
      if (content.includes('\r')) content = content.replaceAll('\r', '');
      if (content !== '') records.push({ line, fields: content.split(delimiter) });
      pos = eol + 1;
      line++;
      continue;
    }
    const record = parseQuotedRecord(text, pos, line, delimiter.charCodeAt(0), relPath);
    if (record.fields) records.push({ line, fields: record.fields });
    line = record.endLine + 1;
    pos = record.end + 1;
  }
  return records;
}

/**
 * The state machine for one record that holds a quote, from `start` to its terminating newline (or the
 * end of the text). Returns the fields (null for a blank record), the index of the newline and its line.
 */
function parseQuotedRecord(
  text: string,
  start: number,
  startLine: number,
  delimiter: number,
  relPath: string,
): { fields: string[] | null; end: number; endLine: number } {
  const n = text.length;
  const fields: string[] = [];
  let field = '';
  let line = startLine;
  let quotedAt = startLine;
  let inQuotes = false;
  let fieldStarted = false;
  let from = start;
  let i = start;
  for (; i < n; i++) {
    const ch = text.charCodeAt(i);
    if (inQuotes) {
      if (ch === QUOTE) {
        field += text.slice(from, i);
        if (text.charCodeAt(i + 1) === QUOTE) {
          field += '"';
          i++;
        } else inQuotes = false;
        from = i + 1;
      } else if (ch === LF) line++;
      continue;
    }
    if (ch === QUOTE) {
      field += text.slice(from, i);
      inQuotes = true;
      quotedAt = line;
      fieldStarted = true;
      from = i + 1;
    } else if (ch === delimiter) {
      fields.push(field + text.slice(from, i));
      field = '';
      fieldStarted = true;
      from = i + 1;
    } else if (ch === LF) {
      break;
    } else if (ch === CR) {
      field += text.slice(from, i);
      from = i + 1;
    } else fieldStarted = true;
  }
  if (inQuotes)
    throw new LoadError(relPath, quotedAt, 'file', 'unterminated quoted field: the file is truncated or malformed');
  fields.push(field + text.slice(from, i));
  const blank = fields.length === 1 && fields[0] === '' && !fieldStarted;
  return { fields: blank ? null : fields, end: i, endLine: line };
}
