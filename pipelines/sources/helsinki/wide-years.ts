import { LoadError } from '../../core/load-error';
import { readCsvTable, type CsvTable } from '../../core/read-csv-table';
import type { RawFile } from '../../core/read-raw-file';
import type { Sink } from '../../core/sink';
import { statCellSchema, type StatValue } from '../../core/values';
import { aluesarjatArea, type AreaRef } from './area-codes';
import { parseStatCell } from './stat-cells';

/**
 * Aluesarjat PC-Axis tables converted to CSV: area_code, area_name, one or more dimension columns, then one
 * column per year 'yYYYY_jan1' = population on 1 January of YYYY. The warehouse stores the statistical year
 * (population at 31 December), so 1 January YYYY is stored as YYYY-1: the two are the same head count.
 */

/** '..' = withheld (null, suppressed); '.' = logically impossible, e.g. an area before it existed: no row at all. */
export const NO_VALUE = '.';
export type YearCell = StatValue | typeof NO_VALUE;
const statCell = statCellSchema({ suppressedTokens: ['..'] });

/** Year cells of one row ('.' first: it is not a statistic at all). */
function parseYearCells(fields: string[], start: number, header: string[], relPath: string, line: number): YearCell[] {
  const cells: YearCell[] = new Array(fields.length - start);
  for (let i = start; i < fields.length; i++) {
    cells[i - start] =
      fields[i].trim() === NO_VALUE ? NO_VALUE : parseStatCell(fields[i], statCell, relPath, line, header[i]);
  }
  return cells;
}

export interface WideYearTable {
  table: CsvTable;
  /** Statistical year of each value column (in file order after the key columns). */
  years: number[];
  /** Validates one row: its area (code and label must agree) and its year cells. */
  parse(fields: string[], line: number): { area: AreaRef; values: YearCell[] };
}

const YEAR_COLUMN_RE = /^y(\d{4})_jan1$/;

export function readWideYearTable(file: RawFile, dimensionColumns: readonly string[]): WideYearTable {
  const fixed = ['area_code', 'area_name', ...dimensionColumns];
  const table = readCsvTable(file, { required: fixed });
  table.header.forEach((h, i) => {
    if (i < fixed.length && h !== fixed[i])
      throw new LoadError(file.relPath, table.headerLine, h, `expected column '${fixed[i]}' here`);
  });
  const years = table.header.slice(fixed.length).map((h) => {
    const m = YEAR_COLUMN_RE.exec(h);
    if (!m)
      throw new LoadError(
        file.relPath,
        table.headerLine,
        h,
        "unknown column: expected a year column like 'y2010_jan1'",
      );
    return Number(m[1]) - 1;
  });
  if (years.length === 0) throw new LoadError(file.relPath, table.headerLine, 'header', 'no year columns');
  // Each area repeats on hundreds of rows: resolve its label once.
  const areas = new Map<string, AreaRef | string>();
  return {
    table,
    years,
    parse(fields, line) {
      const key = `${fields[0]}\t${fields[1]}`;
      let area = areas.get(key);
      if (area === undefined) areas.set(key, (area = aluesarjatArea(fields[0], fields[1])));
      if (typeof area === 'string') throw new LoadError(file.relPath, line, 'area_code', area);
      return { area, values: parseYearCells(fields, fixed.length, table.header, file.relPath, line) };
    },
  };
}

/** Writes the year cells of one row as subarea population rows with the given age/sex/language. */
export function addPopulationYears(
  sink: Sink,
  wide: WideYearTable,
  line: number,
  area: AreaRef,
  values: YearCell[],
  age: string,
  sex: string,
  language: string,
): void {
  for (let i = 0; i < values.length; i++) {
    const cell = values[i];
    if (cell === NO_VALUE) continue;
    sink.add('subarea_observation', {
      line,
      municipality_code: area.municipalityCode,
      area_code: area.areaCode,
      area_name: area.areaName,
      area_level: area.areaLevel,
      year: wide.years[i],
      variable: 'population',
      age,
      sex,
      language,
      value: cell.value,
      suppressed: cell.suppressed,
    });
  }
}

/** Aluesarjat age labels: 'Väestö yhteensä' -> 'total', '7-vuotiaat' -> '7', '0-6-vuotiaat' -> '0-6', '95+-vuotiaat' -> '95+'. */
export function aluesarjatAge(label: string): string | null {
  if (label === 'Väestö yhteensä') return 'total';
  const m = /^(\d{1,2}(?:-\d{1,2}|\+)?)-vuotiaat$/.exec(label);
  return m ? m[1] : null;
}
