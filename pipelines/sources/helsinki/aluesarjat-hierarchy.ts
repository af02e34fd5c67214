import { z } from 'zod';
import { LoadError } from '../../core/load-error';
import { readCsvTable } from '../../core/read-csv-table';
import type { Source } from '../../core/source';
import { parseRow } from '../../core/values';
import { ALUESARJAT_LICENCE } from '../licences';
import { labelledArea, type AreaRef } from './area-codes';

/**
 * Aluesarjat area hierarchy (HKI-Aluehierarkia, 2010 division): one row per osa-alue with its peruspiiri,
 * suurpiiri and city as labels ('091 101 Vironniemen peruspiiri'). Written as one subarea_hierarchy row per
 * area (osa-alue -> peruspiiri -> suurpiiri -> city), in the canonical codes of area-codes.ts. Rows that
 * stop early ('091 999 Muut' with no peruspiiri) are areas directly under the city.
 */
const COLUMNS = ['kunta', 'suurpiiri', 'peruspiiri', 'osa_alue'] as const;
const LEVELS: Record<(typeof COLUMNS)[number], readonly string[]> = {
  kunta: ['city'],
  suurpiiri: ['suurpiiri', 'unallocated', 'aggregate'],
  peruspiiri: ['peruspiiri'],
  osa_alue: ['osa-alue'],
};
const rowSchema = z.object({
  kunta: z.string().min(1, 'the municipality is missing'),
  suurpiiri: z.string(),
  peruspiiri: z.string(),
  osa_alue: z.string(),
});

export const aluesarjatHierarchy: Source = {
  id: 'aluesarjat-hierarchy',
  title: 'Aluesarjat: Helsinki statistical area hierarchy (2010 division)',
  ...ALUESARJAT_LICENCE,
  matches: (relPath) => /(^|\/)[a-z]+_area_hierarchy_\d{4}\.csv(\.gz)?$/.test(relPath),
  load(file, sink) {
    const table = readCsvTable(file, { required: COLUMNS });
    const unknown = table.header.find((h) => !(COLUMNS as readonly string[]).includes(h));
    if (unknown) throw new LoadError(file.relPath, table.headerLine, unknown, 'unknown column');
    const seen = new Map<string, { area: AreaRef; parent: AreaRef | null; line: number }>();
    for (const { line, fields } of table.rows) {
      const row = parseRow(
        rowSchema,
        Object.fromEntries(table.header.map((h, i) => [h, fields[i].trim()])),
        file.relPath,
        line,
      );
      let parent: AreaRef | null = null;
      for (const column of COLUMNS) {
        if (row[column] === '') {
          const next = COLUMNS.slice(COLUMNS.indexOf(column) + 1).find((c) => row[c] !== '');
          if (next) throw new LoadError(file.relPath, line, column, `empty although '${next}' is given`);
          break;
        }
        const area = labelledArea(row[column]);
        if (typeof area === 'string') throw new LoadError(file.relPath, line, column, area);
        if (!LEVELS[column].includes(area.areaLevel))
          throw new LoadError(
            file.relPath,
            line,
            column,
            `'${row[column]}' has level '${area.areaLevel}', not '${column}'`,
          );
        const known = seen.get(area.areaCode);
        if (!known) seen.set(area.areaCode, { area, parent, line });
        else if (known.parent?.areaCode !== parent?.areaCode) {
          throw new LoadError(
            file.relPath,
            line,
            column,
            `'${row[column]}' is under ${parent?.areaCode} here but under ${known.parent?.areaCode} on line ${known.line}`,
          );
        }
        parent = area;
      }
    }
    for (const { area, parent, line } of seen.values()) {
      sink.add('subarea_hierarchy', {
        line,
        municipality_code: area.municipalityCode,
        area_code: area.areaCode,
        area_name: area.areaName,
        area_level: area.areaLevel,
        parent_code: parent?.areaCode ?? null,
        parent_level: parent?.areaLevel ?? null,
      });
    }
  },
};
