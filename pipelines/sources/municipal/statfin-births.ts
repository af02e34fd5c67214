import { BIRTH_SEXES, MOTHER_AGE_GROUPS, birthCode } from '../../catalogue/municipal-variables';
import { LoadError } from '../../core/load-error';
import type { Source } from '../../core/source';
import { STATFIN_LICENCE } from '../licences';
import { addMunicipalValue, areaOfName, municipalFile } from './municipal-file';
import { parseWideRow, pxwebRowSchema, readPxwebWide, type PxwebWideTable } from './pxweb-wide';

/**
 * StatFin live births by municipality ("syntyneet_lapset_2000_2017.csv"): PxWeb wide export, columns
 * "2000 Sukupuolet yhteensä Elävänä syntyneet, lkm" (also Pojat / Tytöt). The same file name is used for the
 * export with a mother's-age dimension ("Alue";"Äidin ikä";...; 1987-2016), so one source reads both layouts.
 * The mother's-age layout writes every code with `_mother_age_<group>`, its all-ages row as `..._mother_age_all`:
 * the totals of the two exports overlap (2000-2016) and a key may appear only once per source.
 */
const MEASURE_RE = /^(.+) Elävänä syntyneet, lkm$/;

function sexInfixes(table: PxwebWideTable, relPath: string): string[] {
  return table.columns.map(({ label }, i) => {
    const sex = BIRTH_SEXES.find((s) => s.label === MEASURE_RE.exec(label)?.[1]);
    const header = table.header[table.dimensions.length + i];
    if (!sex)
      throw new LoadError(
        relPath,
        table.headerLine,
        header,
        "unknown column: expected '<year> Sukupuolet yhteensä|Pojat|Tytöt Elävänä syntyneet, lkm'",
      );
    return sex.infix;
  });
}

export const statfinBirths: Source = {
  id: 'statfin-births',
  title: "StatFin live births by municipality (with or without mother's age group)",
  ...STATFIN_LICENCE,
  matches: municipalFile(/^syntyneet_lapset_\d{4}_\d{4}\.csv$/),
  load(file, sink) {
    const table = readPxwebWide(file, [/^Alue( \d{4})?$/, /^Äidin ikä$/], 1);
    const byMotherAge = table.dimensions.length === 2;
    const infixes = sexInfixes(table, file.relPath);
    const schema = pxwebRowSchema(table.columns.length);
    for (const row of table.rows) {
      let ageSuffix: string | undefined;
      if (byMotherAge) {
        ageSuffix = MOTHER_AGE_GROUPS.find((g) => g.label === row.fields[1].trim())?.suffix;
        if (ageSuffix === undefined)
          throw new LoadError(file.relPath, row.line, 'Äidin ikä', `unknown mother's age group '${row.fields[1]}'`);
      }
      const parsed = parseWideRow(table, row, schema, file.relPath);
      const area = areaOfName(parsed.area);
      parsed.values.forEach((cell, i) =>
        addMunicipalValue(sink, row.line, area, table.columns[i].year, birthCode(infixes[i], ageSuffix), cell),
      );
    }
  },
};
