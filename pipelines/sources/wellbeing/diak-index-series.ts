import { z } from 'zod';
import { LoadError } from '../../core/load-error';
import type { Source } from '../../core/source';
import { parseRow, statCellSchema } from '../../core/values';
import { addMunicipalValue } from '../municipal/municipal-file';
import { readLongCsv } from '../municipal/read-long-csv';
import { DIAK_BY_TITLE } from './diak-variables';
import {
  DIAK_LICENCE,
  municipalityNumberSchema,
  regioLevelSchema,
  wellbeingFile,
  wholeYearSchema,
} from './wellbeing-file';

/**
 * The Diak time series of relative indices ("regio_level,aluekoodi,aluenimi,aika,variable,value,var_class,
 * all_upper"; `aika` = centre year of the 3-year window). Every row of every level is validated; rows of
 * municipalities are stored in municipal_observation (code padded to 3 digits). Sub-regions, wellbeing
 * services counties and regions are indexed against the median area of their own level, so they cannot be
 * compared with municipal values: the wing aggregates municipalities instead, on the municipal scale.
 * R's missing mark `NA` is kept as withheld (NULL + suppressed), never as 0.
 */
const COLUMNS = [
  'regio_level',
  'aluekoodi',
  'aluenimi',
  'aika',
  'variable',
  'value',
  'var_class',
  'all_upper',
] as const;

const rowSchema = z
  .object({
    regio_level: regioLevelSchema,
    aluekoodi: z.string(),
    aluenimi: z.string().trim().min(1, 'empty area name'),
    aika: wholeYearSchema,
    value: statCellSchema({ suppressedTokens: ['NA'] }),
    all_upper: z.enum(['True', 'False'], { error: 'expected True or False' }),
  })
  .superRefine((r, ctx) => {
    if (r.regio_level === 'Kunnat' && !municipalityNumberSchema.safeParse(r.aluekoodi).success)
      ctx.addIssue({
        code: 'custom',
        path: ['aluekoodi'],
        message: `expected a municipality number, found '${r.aluekoodi}'`,
      });
  });

export const diakIndexSeries: Source = {
  id: 'diak-index-series',
  title: 'Diak / THL Sotkanet relative indices of disadvantage and child welfare (3-year windows)',
  ...DIAK_LICENCE,
  matches: wellbeingFile(/^hos_aikasarja_\d{4}_\d{4}\.csv$/),
  load(file, sink) {
    readLongCsv(file, COLUMNS, (header) => {
      const unknown = header.find((h) => !(COLUMNS as readonly string[]).includes(h));
      if (unknown !== undefined)
        throw new LoadError(file.relPath, 1, unknown, `unknown column: expected ${COLUMNS.join(', ')}`);
      const at = COLUMNS.map((c) => header.indexOf(c));
      return (line, fields) => {
        const [level, code, name, year, title, value, varClass, allUpper] = at.map((i) => fields[i]);
        const variable = DIAK_BY_TITLE.get(title);
        if (!variable) throw new LoadError(file.relPath, line, 'variable', `unknown variable '${title}'`);
        if (varClass !== variable.varClass)
          throw new LoadError(
            file.relPath,
            line,
            'var_class',
            `'${varClass}' is not the class of '${title}' (expected '${variable.varClass}')`,
          );
        const r = parseRow(
          rowSchema,
          { regio_level: level, aluekoodi: code, aluenimi: name, aika: year, value, all_upper: allUpper },
          file.relPath,
          line,
        );
        if ((r.all_upper === 'True') !== (variable.varClass === 'Summamuuttujat'))
          throw new LoadError(file.relPath, line, 'all_upper', `${r.all_upper} does not match the class '${varClass}'`);
        if (r.regio_level !== 'Kunnat') return;
        const municipality = municipalityNumberSchema.parse(r.aluekoodi);
        addMunicipalValue(sink, line, { code: municipality, name: r.aluenimi }, r.aika, variable.code, r.value);
      };
    });
  },
};
