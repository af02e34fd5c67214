import { z } from 'zod';
import { matchPaavoLabel, splitPaavoHeader } from '../../catalogue/paavo-variables';
import { LoadError } from '../../core/load-error';
import { isCountryTotalLabel, postalAreaLabelSchema, type PostalAreaLabel } from '../../core/postal-label';
import { readCsvTable } from '../../core/read-csv-table';
import type { RawFile } from '../../core/read-raw-file';
import type { Sink } from '../../core/sink';
import type { Source } from '../../core/source';
import { parseRow, statCellSchema, yearSchema } from '../../core/values';
import { PAAVO_LICENCE } from '../licences';
import { withholdZeroMean } from './withhold-zero-mean';

/**
 * Paavo time-series tables exported from PxWeb in long form (12f7 "All data groups", 12f1 income):
 *   "12f7 -- 9. All data groups, 2010-2023"            <- title line (then a blank line)
 *   "Postal code area","Information","2020","2021"     <- one column per statistical year
 *   "00100  Helsinki keskusta - Etu-Töölö (Helsinki)","0-2 years (HE)",364
 * Labels carry the topic but no year ("0-2 years (HE)"); the year is the column. These tables use the
 * newest postal geography for every year, so their codes are comparable across years.
 * No '..' marks occur in the shipped exports; withheld means/medians are written as 0 (see withhold-zero-mean).
 */
const AREA_COLUMN = 'Postal code area';
const LABEL_COLUMN = 'Information';

const areaSchema = z.object({ area: postalAreaLabelSchema });
const cellsSchema = (years: number) => z.object({ values: z.array(statCellSchema()).length(years) });

function readYearColumns(file: RawFile, header: string[], headerLine: number): number[] {
  if (header[0] !== AREA_COLUMN || header[1] !== LABEL_COLUMN) {
    throw new LoadError(
      file.relPath,
      headerLine,
      header[0],
      `expected the columns '${AREA_COLUMN}','${LABEL_COLUMN}', then one column per year`,
    );
  }
  return header.slice(2).map((h) => {
    const year = yearSchema.safeParse(/^\d{4}$/.test(h) ? h : null);
    if (!year.success)
      throw new LoadError(file.relPath, headerLine, h, 'unknown column: expected a statistical year (YYYY)');
    return year.data;
  });
}

/** The Paavo code of an "Information" label; a label with no known code refuses the file. */
function lookupVariable(file: RawFile, line: number, label: string): string {
  const split = splitPaavoHeader(label);
  const variable = split.year === null ? matchPaavoLabel(split.label, split.topic) : undefined;
  if (!variable)
    throw new LoadError(
      file.relPath,
      line,
      LABEL_COLUMN,
      `unknown variable '${label}': not a Paavo label this pipeline knows`,
    );
  return variable.code;
}

function loadPxwebLong(file: RawFile, sink: Sink): void {
  // PxWeb puts the table title before the header (the blank line after it is skipped by the CSV reader).
  const table = readCsvTable(file, { skipRecords: 1 });
  const years = readYearColumns(file, table.header, table.headerLine);
  const schema = cellsSchema(years.length);
  const yearHeaders = table.header.slice(2);
  // A long export repeats each area and label on ~100 rows: parse each distinct one once.
  const codes = new Map<string, string>();
  const areas = new Map<string, PostalAreaLabel>();
  for (const row of table.rows) {
    const [area, label, ...cells] = row.fields;
    if (isCountryTotalLabel(area)) continue;
    let code = codes.get(label);
    if (code === undefined) codes.set(label, (code = lookupVariable(file, row.line, label)));
    let parsedArea = areas.get(area);
    if (parsedArea === undefined)
      areas.set(area, (parsedArea = parseRow(areaSchema, { area }, file.relPath, row.line).area));
    const { values } = parseRow(schema, { values: cells }, file.relPath, row.line, yearHeaders);
    for (let i = 0; i < years.length; i++) {
      const cell = withholdZeroMean(code, values[i]);
      sink.add('postal_observation', {
        line: row.line,
        postal_code: parsedArea.postalCode,
        postal_name: parsedArea.name,
        municipality_code: null,
        municipality_name: parsedArea.municipalityName,
        year: years[i],
        variable: code,
        value: cell.value,
        suppressed: cell.suppressed,
      });
    }
  }
}

/** 12f7 "All data groups": every Paavo variable, one or more year columns (e.g. 009_12f7_2021_all.csv). */
export const paavo12f7: Source = {
  id: 'paavo-12f7',
  title: 'Paavo 12f7 all data groups, time series (PxWeb long export)',
  ...PAAVO_LICENCE,
  matches: (relPath) => /(^|\/)paavo\/(.*\/)?[^/]*12f7[^/]*\.csv(\.gz)?$/.test(relPath),
  load: loadPxwebLong,
};

/** 12f1 "Inhabitants' disposable monetary income": median income hr_mtu, one column per year 2010-2021. */
export const paavo12f1Income: Source = {
  id: 'paavo-12f1-income',
  title: "Paavo 12f1 inhabitants' disposable monetary income, time series (PxWeb long export)",
  ...PAAVO_LICENCE,
  matches: (relPath) => /(^|\/)paavo\/(.*\/)?[^/]*12f1[^/]*\.csv(\.gz)?$/.test(relPath),
  load: loadPxwebLong,
};
