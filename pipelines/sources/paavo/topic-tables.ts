import { z } from 'zod';
import { matchPaavoLabel, splitPaavoHeader } from '../../catalogue/paavo-variables';
import { LoadError } from '../../core/load-error';
import { isCountryTotalLabel, postalAreaLabelSchema } from '../../core/postal-label';
import { readCsvTable } from '../../core/read-csv-table';
import type { Source } from '../../core/source';
import { parseRow, statCellSchema } from '../../core/values';
import { PAAVO_LICENCE } from '../licences';

/**
 * Paavo per-topic PxWeb tables of the 2015-2019 releases (e.g. Population_structure_2017.csv):
 * one row per postal area, English column labels "0-2 years, 2017 (HE)" carrying the statistical year.
 * Each release used its own postal geography, so the codes are kept as published (see continuity mapping).
 */
const rowSchema = (columns: number) =>
  z.object({ area: postalAreaLabelSchema, values: z.array(statCellSchema()).length(columns) });

export const paavoTopicTables: Source = {
  id: 'paavo-topic-tables',
  title: 'Paavo per-topic tables (releases 2015-2019)',
  ...PAAVO_LICENCE,
  matches: (relPath) => /(^|\/)paavo\/.*\/[A-Z][A-Za-z_]+_\d{4}\.csv(\.gz)?$/.test(relPath),
  load(file, sink) {
    const table = readCsvTable(file);
    const [areaHeader, ...valueHeaders] = table.header;
    if (!/^(Postal code area|Postialue)$/.test(areaHeader)) {
      throw new LoadError(file.relPath, table.headerLine, areaHeader, "first column must be 'Postal code area'");
    }
    const columns = valueHeaders.map((header) => {
      const { label, topic, year } = splitPaavoHeader(header);
      const variable = matchPaavoLabel(label, topic ?? 'LM');
      if (!variable)
        throw new LoadError(
          file.relPath,
          table.headerLine,
          header,
          'unknown column: not a Paavo variable this pipeline knows',
        );
      if (year === null)
        throw new LoadError(file.relPath, table.headerLine, header, 'column label carries no statistical year');
      return { code: variable.code, year };
    });
    const schema = rowSchema(columns.length);
    for (const row of table.rows) {
      if (isCountryTotalLabel(row.fields[0])) continue;
      const parsed = parseRow(
        schema,
        { area: row.fields[0], values: row.fields.slice(1) },
        file.relPath,
        row.line,
        table.header.slice(1),
      );
      parsed.values.forEach((cell, i) => {
        sink.add('postal_observation', {
          line: row.line,
          postal_code: parsed.area.postalCode,
          postal_name: parsed.area.name,
          municipality_code: null,
          municipality_name: parsed.area.municipalityName,
          year: columns[i].year,
          variable: columns[i].code,
          value: cell.value,
          suppressed: cell.suppressed,
        });
      });
    }
  },
};
