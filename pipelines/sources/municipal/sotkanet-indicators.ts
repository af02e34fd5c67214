import { z } from 'zod';
import type { MunicipalVariable } from '../../catalogue/variable-entry';
import { LoadError } from '../../core/load-error';
import type { Source } from '../../core/source';
import { parseRow, statCellSchema, yearSchema } from '../../core/values';
import { SOTKANET_LICENCE } from '../licences';
import { addMunicipalValue, areaNameSchema, municipalFile } from './municipal-file';
import { readLongCsv } from './read-long-csv';
import { SOTKANET_INDICATORS } from './sotkanet-indicator-titles';

/**
 * Sotkanet indicator extract 1990-2012, long form "indicator,municipality,year,value,region" (214k rows; the
 * municipality by its 2013-division name, resolved by the transform). Every title must be in
 * sotkanet-indicator-titles.ts. The zod row schema decides; plain rows take a fast path that accepts only
 * what the schema accepts (ordinary numbers), so the biggest municipal file loads in well under a second.
 */
const COLUMNS = ['indicator', 'municipality', 'year', 'value', 'region'] as const;
const BY_TITLE = new Map(SOTKANET_INDICATORS.map((v) => [v.fi, v]));
const rowSchemas = [false, true].map((allowNegative) =>
  z.object({ municipality: areaNameSchema, year: yearSchema, value: statCellSchema({ allowNegative }) }),
);
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const PLAIN_YEAR = /^(19|20)\d\d$/;

export const sotkanetIndicators: Source = {
  id: 'sotkanet-indicators',
  title: 'Sotkanet municipal indicators (selection of 45, 1990-2012)',
  ...SOTKANET_LICENCE,
  matches: municipalFile(/^sotkanet_selected_indicators_municipal_\d{4}_\d{4}_long\.csv$/),
  load(file, sink) {
    readLongCsv(file, COLUMNS, (header) => {
      const unknown = header.find((h) => !(COLUMNS as readonly string[]).includes(h));
      if (unknown !== undefined)
        throw new LoadError(file.relPath, 1, unknown, `unknown column: expected ${COLUMNS.join(', ')}`);
      const [iIndicator, iMunicipality, iYear, iValue] = COLUMNS.map((c) => header.indexOf(c));
      let lastTitle = '';
      let variable: MunicipalVariable | undefined;
      return (line, fields) => {
        const title = fields[iIndicator];
        if (title !== lastTitle) {
          variable = BY_TITLE.get(title);
          if (!variable) throw new LoadError(file.relPath, line, 'indicator', `unknown indicator '${title}'`);
          lastTitle = title;
        }
        const { code, signed } = variable!;
        const [municipality, year, raw] = [fields[iMunicipality], fields[iYear], fields[iValue]];
        const value = PLAIN_NUMBER.test(raw) ? Number(raw) : NaN;
        if (
          PLAIN_YEAR.test(year) &&
          municipality !== '' &&
          municipality.trim() === municipality &&
          (value >= 0 || (signed && value < 0))
        ) {
          addMunicipalValue(sink, line, { code: null, name: municipality }, Number(year), code, {
            value,
            suppressed: false,
          });
          return;
        }
        const r = parseRow(rowSchemas[signed ? 1 : 0], { municipality, year, value: raw }, file.relPath, line);
        addMunicipalValue(sink, line, { code: null, name: r.municipality }, r.year, code, r.value);
      };
    });
  },
};
