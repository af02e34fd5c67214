import { z } from 'zod';
import { readCsvTable } from '../../core/read-csv-table';
import type { Source } from '../../core/source';
import { parseRow } from '../../core/values';
import { STATFIN_LICENCE } from '../licences';
import { addKeyExtras } from './municipality-aliases';
import { areaNameSchema, municipalFile, namedFields } from './municipal-file';

/**
 * StatFin municipality -> region (maakunta) key, tab-separated "kunta_nro  Alue  maakunta_nro  maakunta"
 * with unpadded numbers (5 = Alajärvi). The shipped export has no year in its name: it is the 2017 division
 * (see SOURCE.txt), so the vintage is 2017 unless the file name carries one (kunta_maakunta_yhteys_2018.csv).
 * Also emits the whole-country row and the label aliases (municipality-aliases.ts).
 */
const DEFAULT_VINTAGE = 2017;
const COLUMNS = ['kunta_nro', 'Alue', 'maakunta_nro', 'maakunta'] as const;
const pad = (width: number) => (s: string) => s.padStart(width, '0');
const rowSchema = z.object({
  kunta_nro: z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, 'expected a municipality number')
    .transform(pad(3)),
  Alue: areaNameSchema,
  maakunta_nro: z
    .string()
    .trim()
    .regex(/^\d{1,2}$/, 'expected a region number')
    .transform(pad(2)),
  maakunta: areaNameSchema,
});

export const statfinMunicipalityKey: Source = {
  id: 'statfin-municipality-key',
  title: 'StatFin municipality to region key',
  ...STATFIN_LICENCE,
  matches: municipalFile(/^kunta_maakunta_yhteys(_\d{4})?\.(csv|tsv)$/),
  load(file, sink) {
    const vintage = Number(/_(\d{4})\.(csv|tsv)/.exec(file.relPath)?.[1] ?? DEFAULT_VINTAGE);
    const table = readCsvTable(file, { delimiter: '\t', required: COLUMNS });
    const pick = namedFields(file.relPath, table, COLUMNS);
    for (const row of table.rows) {
      const r = parseRow(rowSchema, pick(row.fields), file.relPath, row.line);
      sink.add('municipality_key', {
        line: row.line,
        municipality_code: r.kunta_nro,
        name_fi: r.Alue,
        name_sv: null,
        region_code: r.maakunta_nro,
        region_name: r.maakunta,
        vintage,
      });
    }
    addKeyExtras(sink, table.headerLine, vintage);
  },
};
