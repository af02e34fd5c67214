import { KEY_FIGURE_VARIABLES } from '../../catalogue/municipal-variables';
import { LoadError } from '../../core/load-error';
import type { Source } from '../../core/source';
import { STATFIN_LICENCE } from '../licences';
import { addMunicipalValue, areaOfName, municipalFile } from './municipal-file';
import { parseWideRow, pxwebRowSchema, readPxwebWide } from './pxweb-wide';

/**
 * StatFin 'Kuntien avainluvut' (municipal key figures), PxWeb wide export "Alue 2017";"Tiedot";"2000";...;"2017":
 * one row per municipality and indicator. '..' (not yet published, e.g. most 2017 figures) is kept as suppressed.
 * Balances (natural increase, net migration) and changes may be negative; the other figures may not.
 */
const BY_LABEL = new Map(KEY_FIGURE_VARIABLES.map((v) => [v.fi, v]));

export const statfinKeyFigures: Source = {
  id: 'statfin-key-figures',
  title: 'StatFin municipal key figures (Kuntien avainluvut)',
  ...STATFIN_LICENCE,
  matches: municipalFile(/^kuntien_avainluvut_\d{4}_\d{4}\.csv$/),
  load(file, sink) {
    const table = readPxwebWide(file, [/^Alue( \d{4})?$/, /^Tiedot$/]);
    const nonBare = table.columns.findIndex((c) => c.label !== '');
    if (nonBare >= 0)
      throw new LoadError(
        file.relPath,
        table.headerLine,
        table.header[table.dimensions.length + nonBare],
        "unknown column: expected a bare year such as '2000'",
      );
    const schemas = [false, true].map((signed) => pxwebRowSchema(table.columns.length, signed));
    for (const row of table.rows) {
      const variable = BY_LABEL.get(row.fields[1].trim());
      if (!variable) throw new LoadError(file.relPath, row.line, 'Tiedot', `unknown indicator '${row.fields[1]}'`);
      const parsed = parseWideRow(table, row, schemas[variable.signed ? 1 : 0], file.relPath);
      const area = areaOfName(parsed.area);
      parsed.values.forEach((cell, i) =>
        addMunicipalValue(sink, row.line, area, table.columns[i].year, variable.code, cell),
      );
    }
  },
};
