import { z } from 'zod';
import { LoadError } from '../../core/load-error';
import { readCsvTable, type CsvTable } from '../../core/read-csv-table';
import type { CsvRecord } from '../../core/parse-csv';
import type { RawFile } from '../../core/read-raw-file';
import { parseRow, statCellSchema, type StatValue } from '../../core/values';
import { areaNameSchema } from './municipal-file';

export interface YearColumn {
  year: number;
  /** What the column measures, after the year: "Pojat Elävänä syntyneet, lkm"; '' for a bare "2000". */
  label: string;
}

export interface PxwebWideTable extends CsvTable {
  /** The leading dimension columns as labelled ("Alue", "Äidin ikä"). */
  dimensions: string[];
  /** The value columns, in order, after the dimension columns. */
  columns: YearColumn[];
}

const YEAR_COLUMN_RE = /^(\d{4})(?:\s+(.+))?$/;

/**
 * StatFin PxWeb "wide" exports (';'-separated): leading dimension columns ("Alue", "Äidin ikä", "Tiedot")
 * then one column per year, labelled "2000" or "2000 <measure>". Shared by the births and key-figure pipelines.
 * The leading columns (up to the first year column) must match `dimensions` in order; the last
 * `dimensions.length - required` of them may be absent (one table exported with or without a dimension).
 */
export function readPxwebWide(
  file: RawFile,
  dimensions: readonly RegExp[],
  required = dimensions.length,
): PxwebWideTable {
  const table = readCsvTable(file, { delimiter: ';' });
  let count = table.header.findIndex((h) => YEAR_COLUMN_RE.test(h));
  if (count < 0) count = table.header.length;
  for (let i = 0; i < Math.max(count, required); i++) {
    const header = table.header[i] ?? '';
    if (i >= dimensions.length || !dimensions[i].test(header)) {
      const expected = dimensions[i] ? `one matching /${dimensions[i].source}/` : 'a year column';
      throw new LoadError(
        file.relPath,
        table.headerLine,
        header || `column ${i + 1}`,
        `unknown column: expected ${expected}`,
      );
    }
  }
  const columns = table.header.slice(count).map((header) => {
    const m = YEAR_COLUMN_RE.exec(header);
    if (!m)
      throw new LoadError(
        file.relPath,
        table.headerLine,
        header,
        "unknown column: expected a year column such as '2000' or '2000 <measure>'",
      );
    return { year: Number(m[1]), label: m[2] ?? '' };
  });
  if (columns.length === 0) throw new LoadError(file.relPath, table.headerLine, 'header', 'no year columns');
  return { ...table, dimensions: table.header.slice(0, count), columns };
}

/** zod schema of one wide row: the area name and the year cells (negatives only where `allowNegative`). */
export const pxwebRowSchema = (columns: number, allowNegative = false) =>
  z.object({ area: areaNameSchema, values: z.array(statCellSchema({ allowNegative })).length(columns) });

/** Parses the area (first column) and the year cells of a row; errors name the year column. */
export function parseWideRow(
  table: PxwebWideTable,
  row: CsvRecord,
  schema: ReturnType<typeof pxwebRowSchema>,
  relPath: string,
): { area: string; values: StatValue[] } {
  const first = table.dimensions.length;
  return parseRow(
    schema,
    { area: row.fields[0], values: row.fields.slice(first) },
    relPath,
    row.line,
    table.header.slice(first),
  );
}
