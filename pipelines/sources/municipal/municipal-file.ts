import { z } from 'zod';
import { LoadError } from '../../core/load-error';
import { isCountryTotalLabel } from '../../core/postal-label';
import type { CsvTable } from '../../core/read-csv-table';
import type { Sink } from '../../core/sink';
import type { StatValue } from '../../core/values';

/** Whole-country rows: the municipal key sources add 'SSS' (Koko maa / Hela landet) to municipality_key. */
export const COUNTRY_CODE = 'SSS';

/**
 * Recognises a municipal raw file by the pattern of its file name, wherever it sits under municipal/,
 * gzipped or not: next year's export of the same format loads without a code change.
 */
export const municipalFile =
  (name: RegExp) =>
  (relPath: string): boolean =>
    /(^|\/)municipal\//.test(relPath) && name.test(relPath.slice(relPath.lastIndexOf('/') + 1).replace(/\.gz$/, ''));

export const areaNameSchema = z.string().trim().min(1, 'empty municipality name');
export const municipalityCodeSchema = z.string().regex(/^\d{3}$/, 'expected a 3-digit municipality code');

export interface Area {
  code: string | null;
  name: string | null;
}

/** An area known by name: the country total gets its code, municipalities are resolved by the transform. */
export const areaOfName = (name: string): Area => ({ code: isCountryTotalLabel(name) ? COUNTRY_CODE : null, name });

export function addMunicipalValue(
  sink: Sink,
  line: number,
  area: Area,
  year: number,
  variable: string,
  cell: StatValue,
): void {
  sink.add('municipal_observation', {
    line,
    municipality_code: area.code,
    municipality_name: area.name,
    year,
    variable,
    value: cell.value,
    suppressed: cell.suppressed,
  });
}

/**
 * Picks the named columns of a row (by header position) into an object for a zod row schema. A header column
 * that is neither used nor listed in `ignored` is refused: a new column may change what the others mean.
 */
export function namedFields<const C extends readonly string[]>(
  relPath: string,
  table: CsvTable,
  columns: C,
  ignored: readonly string[] = [],
): (fields: readonly string[]) => Record<C[number], string> {
  const unknown = table.header.find((h) => !columns.includes(h) && !ignored.includes(h));
  if (unknown !== undefined)
    throw new LoadError(relPath, table.headerLine, unknown, `unknown column: expected ${columns.join(', ')}`);
  const index = columns.map((c) => table.header.indexOf(c));
  return (fields) => Object.fromEntries(columns.map((c, i) => [c, fields[index[i]]])) as Record<C[number], string>;
}
