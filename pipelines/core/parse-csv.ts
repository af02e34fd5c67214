import { LoadError } from './load-error';

export interface CsvRecord {
  /** 1-based line number where the record starts in the file. */
  line: number;
  fields: string[];
}

/**
 * RFC 4180 CSV with a chosen delimiter: quoted fields may hold delimiters, quotes ("") and newlines.
 * Blank lines are skipped. An unterminated quote is a truncated file and is reported as such.
 */
export function parseCsv(text: string, delimiter: string, relPath: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let quotedAt = 0;
  let fieldStarted = false;
  const n = text.length;
  const pushRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '' && !fieldStarted)) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    fieldStarted = false;
  };
  for (let i = 0; i < n; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      inQuotes = true;
      quotedAt = line;
      fieldStarted = true;
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
      fieldStarted = true;
    } else if (ch === '\n') {
      pushRecord();
      line++;
      recordLine = line;
    } else if (ch !== '\r') {
      field += ch;
      fieldStarted = true;
    }
  }
  if (inQuotes) throw new LoadError(relPath, quotedAt, 'file', 'unterminated quoted field: the file is truncated or malformed');
  if (field !== '' || fields.length > 0 || fieldStarted) pushRecord();
  return records;
}
