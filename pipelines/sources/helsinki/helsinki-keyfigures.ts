import { z } from 'zod';
import { LoadError } from '../../core/load-error';
import { readCsvTable } from '../../core/read-csv-table';
import type { Source } from '../../core/source';
import { parseRow, statCellSchema } from '../../core/values';
import { HELSINKI_KEYFIGURES_LICENCE } from '../licences';
import { keyFigureArea } from './area-codes';
import { KEYFIGURE_COLUMNS } from './keyfigure-columns';

/**
 * "Helsinki alueittain" key figures by peruspiiri (Helsinki Urban Facts; file name carries the reference
 * year, 2011 = population 31.12.2011): rows '000' city, '1'..'8' suurpiiri, '101'..'801' peruspiiri, one
 * column per indicator (see keyfigure-columns.ts; an unknown column is refused). Empty cells are figures the
 * publication left out (e.g. child welfare for Östersundom): null and suppressed, never zero.
 * The city row is the official total; peruspiiri sum to less (~18k residents have no district).
 */
const BY_COLUMN = new Map(KEYFIGURE_COLUMNS.map((c) => [c.column, c]));
const cell = statCellSchema({ suppressedTokens: ['', '..', '.'] });

export const helsinkiKeyfigures: Source = {
  id: 'helsinki-keyfigures',
  title: 'Helsinki alueittain: key figures by suurpiiri and peruspiiri',
  ...HELSINKI_KEYFIGURES_LICENCE,
  matches: (relPath) => /(^|\/)helsinki_alueittain_keyfigures_by_peruspiiri_\d{4}\.csv(\.gz)?$/.test(relPath),
  load(file, sink) {
    const year = Number(/_(\d{4})\.csv(\.gz)?$/.exec(file.relPath)![1]);
    const table = readCsvTable(file, { required: ['area_code', 'area_name'] });
    if (table.header[0] !== 'area_code' || table.header[1] !== 'area_name') {
      throw new LoadError(
        file.relPath,
        table.headerLine,
        table.header[0],
        "expected the columns 'area_code', 'area_name' first",
      );
    }
    const columns = table.header.slice(2).map((h) => {
      const column = BY_COLUMN.get(h);
      if (!column)
        throw new LoadError(file.relPath, table.headerLine, h, 'unknown column: not a key figure this pipeline knows');
      return column;
    });
    const schema = z.object({ values: z.array(cell).length(columns.length) });
    for (const { line, fields } of table.rows) {
      const area = keyFigureArea(fields[0], fields[1].trim());
      if (typeof area === 'string') throw new LoadError(file.relPath, line, 'area_code', area);
      const { values } = parseRow(schema, { values: fields.slice(2) }, file.relPath, line, table.header.slice(2));
      values.forEach((v, i) => {
        const c = columns[i];
        sink.add('subarea_observation', {
          line,
          municipality_code: area.municipalityCode,
          area_code: area.areaCode,
          area_name: area.areaName,
          area_level: area.areaLevel,
          year,
          variable: c.code,
          age: c.age ?? 'total',
          sex: 'total',
          language: c.language ?? 'total',
          value: v.value,
          suppressed: v.suppressed,
        });
      });
    }
  },
};
