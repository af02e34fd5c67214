import { z } from 'zod';
import { readCsvTable } from '../../core/read-csv-table';
import type { Source } from '../../core/source';
import { parseRow, statCellSchema } from '../../core/values';
import { addMunicipalValue, namedFields } from '../municipal/municipal-file';
import { DIAK_POPULATION_CODE } from './diak-variables';
import {
  DIAK_LICENCE,
  municipalityNumberSchema,
  regioLevelSchema,
  wellbeingFile,
  wholeYearSchema,
} from './wellbeing-file';

/**
 * Population by area and year shipped with the Diak time series ("regio_level,aluenimi,aika,pop,aluekoodi").
 * Municipal rows are stored; Åland's municipalities come without a number and are stored by name (the
 * transform resolves the name to its code, as for the other name-only municipal sources). Counts written
 * by R as "17091.0" must be whole numbers.
 */
const COLUMNS = ['regio_level', 'aluenimi', 'aika', 'pop', 'aluekoodi'] as const;
const rowSchema = z.object({
  regio_level: regioLevelSchema,
  aluenimi: z.string().trim().min(1, 'empty area name'),
  aika: wholeYearSchema,
  pop: statCellSchema({ suppressedTokens: ['NA'] }).refine(
    (v) => v.value === null || Number.isInteger(v.value),
    'a population must be a whole number',
  ),
  aluekoodi: z.union([z.literal(''), municipalityNumberSchema]),
});

export const diakPopulation: Source = {
  id: 'diak-population',
  title: 'Diak population by municipality (weights of the relative indices)',
  ...DIAK_LICENCE,
  matches: wellbeingFile(/^pop_data_\d{4}_\d{4}\.csv$/),
  load(file, sink) {
    const table = readCsvTable(file, { required: COLUMNS });
    const pick = namedFields(file.relPath, table, COLUMNS);
    for (const row of table.rows) {
      const r = parseRow(rowSchema, pick(row.fields), file.relPath, row.line);
      if (r.regio_level !== 'Kunnat') continue;
      const area = { code: r.aluekoodi === '' ? null : r.aluekoodi, name: r.aluenimi };
      addMunicipalValue(sink, row.line, area, r.aika, DIAK_POPULATION_CODE, r.pop);
    }
  },
};
