import { LoadError } from './load-error';
import { parseCsv, type CsvRecord } from './parse-csv';
import { readRawText, type RawFile } from './read-raw-file';

export interface CsvTable {
  header: string[];
  headerLine: number;
  rows: CsvRecord[];
}

export interface CsvTableOptions {
  delimiter?: string;
  /** PxWeb exports start with title lines before the header. */
  skipRecords?: number;
  /** Column names that must appear in the header (in any order). */
  required?: readonly string[];
}

/**
 * Reads a delimited file into header + rows, refusing what would otherwise load silently wrong:
 * a different delimiter, rows with a different field count (truncated or shifted), missing columns.
 */
export function readCsvTable(file: RawFile, options: CsvTableOptions = {}): CsvTable {
  const delimiter = options.delimiter ?? ',';
  const records = parseCsv(readRawText(file), delimiter, file.relPath);
  const headerRecord = records[options.skipRecords ?? 0];
  if (!headerRecord) throw new LoadError(file.relPath, 1, 'header', 'file is empty or has no header row');
  const header = headerRecord.fields.map((h) => h.trim());
  if (header.length === 1) {
    const other = [',', ';', '\t'].find((d) => d !== delimiter && header[0].includes(d));
    const hint = other ? ` (it looks ${other === '\t' ? 'tab' : `'${other}'`}-separated)` : '';
    throw new LoadError(
      file.relPath,
      headerRecord.line,
      'header',
      `expected '${delimiter === '\t' ? 'tab' : delimiter}'-separated columns, found one column${hint}`,
    );
  }
  const seen = new Set<string>();
  for (const h of header) {
    if (seen.has(h)) throw new LoadError(file.relPath, headerRecord.line, h, 'duplicate column name');
    seen.add(h);
  }
  for (const name of options.required ?? []) {
    if (!seen.has(name)) throw new LoadError(file.relPath, headerRecord.line, name, 'required column is missing');
  }
  const rows = records.slice((options.skipRecords ?? 0) + 1);
  for (const row of rows) {
    if (row.fields.length !== header.length) {
      throw new LoadError(
        file.relPath,
        row.line,
        'row',
        `expected ${header.length} fields, found ${row.fields.length} (truncated row or wrong delimiter)`,
      );
    }
  }
  return { header, headerLine: headerRecord.line, rows };
}
