import { z } from 'zod';
import { readCsvTable } from '../../core/read-csv-table';
import type { Source } from '../../core/source';
import { parseRow, statCellSchema, yearSchema } from '../../core/values';
import { SOTKANET_LICENCE } from '../licences';
import { addMunicipalValue, municipalFile, municipalityCodeSchema, namedFields } from './municipal-file';

/**
 * Sotkanet population 31.12. by municipality ("municipality_code,year,population"), the division of the
 * download year. Same Sotkanet indicator (Väestö 31.12.) as in the 1990-2012 indicator extract, hence the
 * same code `sotkanet_population`; the sources differ, so the overlap 2000-2012 is no duplicate.
 */
const COLUMNS = ['municipality_code', 'year', 'population'] as const;
const rowSchema = z.object({
  municipality_code: municipalityCodeSchema,
  year: yearSchema,
  population: statCellSchema(),
});

export const sotkanetPopulation: Source = {
  id: 'sotkanet-population',
  title: 'Sotkanet population 31 Dec by municipality',
  ...SOTKANET_LICENCE,
  matches: municipalFile(/^sotkanet_population_municipality_\d{4}_\d{4}\.csv$/),
  load(file, sink) {
    const table = readCsvTable(file, { required: COLUMNS });
    const pick = namedFields(file.relPath, table, COLUMNS);
    for (const row of table.rows) {
      const r = parseRow(rowSchema, pick(row.fields), file.relPath, row.line);
      addMunicipalValue(
        sink,
        row.line,
        { code: r.municipality_code, name: null },
        r.year,
        'sotkanet_population',
        r.population,
      );
    }
  },
};
