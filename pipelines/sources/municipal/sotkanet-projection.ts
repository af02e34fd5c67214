import { z } from 'zod';
import { PROJECTION_VARIABLES } from '../../catalogue/municipal-variables';
import { LoadError } from '../../core/load-error';
import { readCsvTable } from '../../core/read-csv-table';
import type { Source } from '../../core/source';
import { parseRow, statCellSchema, yearSchema } from '../../core/values';
import { SOTKANET_LICENCE } from '../licences';
import { areaNameSchema, areaOfName, municipalFile, namedFields } from './municipal-file';

/**
 * Statistics Finland's municipal population projection as stored in Sotkanet ("indicator,municipality,
 * projection_vintage_year,value,region"). The projected year is in the title: "[VÄESTÖNMUUTOS] Väestöennuste 2030",
 * "[VÄESTÖNMUUTOS] 7-15 -vuotiaat, % väestöstä, väestöennuste 2040". A projection is never withheld, so
 * '..' is refused (projection_value.value is NOT NULL).
 */
const COLUMNS = ['indicator', 'municipality', 'projection_vintage_year', 'value'] as const;
const TITLE_RE = /^\[[^\]]+\] (?:(.+), )?[Vv]äestöennuste (\d{4})$/;
const BY_MEASURE = new Map(PROJECTION_VARIABLES.map((v) => [v.fi, v.code]));
const rowSchema = z.object({
  municipality: areaNameSchema,
  projection_vintage_year: yearSchema,
  value: statCellSchema({ suppressedTokens: [] }),
});

function parseTitle(title: string, relPath: string, line: number): { code: string; year: number } {
  const m = TITLE_RE.exec(title.trim());
  const code = m ? BY_MEASURE.get(m[1] ?? 'Väestöennuste') : undefined;
  if (!m || !code)
    throw new LoadError(
      relPath,
      line,
      'indicator',
      `unknown indicator '${title}': expected '[...] <measure>, väestöennuste YYYY'`,
    );
  return { code, year: Number(m[2]) };
}

export const sotkanetProjection: Source = {
  id: 'sotkanet-projection-2012',
  title: 'Statistics Finland municipal population projection (via Sotkanet)',
  ...SOTKANET_LICENCE,
  matches: municipalFile(/^statfi_population_projection_\d{4}vintage_municipal_via_sotkanet\.csv$/),
  load(file, sink) {
    const table = readCsvTable(file, { required: COLUMNS });
    const pick = namedFields(file.relPath, table, COLUMNS, ['region']);
    for (const row of table.rows) {
      const r = pick(row.fields);
      const { code, year } = parseTitle(r.indicator, file.relPath, row.line);
      const parsed = parseRow(rowSchema, r, file.relPath, row.line);
      const area = areaOfName(parsed.municipality);
      sink.add('projection_value', {
        line: row.line,
        scope: 'municipality',
        municipality_code: area.code,
        municipality_name: area.name,
        area_code: null,
        area_name: null,
        vintage: parsed.projection_vintage_year,
        year,
        variable: code,
        value: parsed.value.value!,
      });
    }
  },
};
