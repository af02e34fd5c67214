import { z } from 'zod';
import { ECE_AGES } from '../../catalogue/municipal-variables';
import { readCsvTable } from '../../core/read-csv-table';
import type { Source } from '../../core/source';
import { parseRow, statCellSchema, yearSchema } from '../../core/values';
import { STATFIN_ECE_LICENCE } from '../licences';
import {
  COUNTRY_CODE,
  addMunicipalValue,
  areaNameSchema,
  areaOfName,
  municipalFile,
  namedFields,
} from './municipal-file';

/**
 * StatFin vaka table 14jt (children in early childhood education), two JSON extracts converted to CSV:
 *  - by age: "year,area_code,age,vaka_lapsi_lkm,vko", area SSS | KUxxx (KU091 = Helsinki), single ages 0-5;
 *  - all ages: "year,area_name,age,vaka_lapsi_lkm,ulko,vko", municipality by name, age 'Kaikki ikäluokat'.
 * vaka_lapsi_lkm = children in ECE, vko = foreign-language children, ulko = foreign citizens.
 */
const count = statCellSchema();
const AGE_COLUMNS = ['year', 'area_code', 'age', 'vaka_lapsi_lkm', 'vko'] as const;
const ageRowSchema = z.object({
  year: yearSchema,
  area_code: z
    .string()
    .trim()
    .regex(/^(SSS|KU\d{3})$/, "expected 'SSS' or 'KU' and a 3-digit municipality code")
    .transform((s) => (s === COUNTRY_CODE ? s : s.slice(2))),
  age: z.enum(ECE_AGES.map(String) as [string, ...string[]], { error: `expected a single age ${ECE_AGES.join(', ')}` }),
  vaka_lapsi_lkm: count,
  vko: count,
});

export const statfinEceByAge: Source = {
  id: 'statfin-ece-by-age',
  title: 'StatFin children in early childhood education by municipality and age',
  ...STATFIN_ECE_LICENCE,
  matches: municipalFile(/^ece_participants_by_age_municipality_\d{4}\.csv$/),
  load(file, sink) {
    const table = readCsvTable(file, { required: AGE_COLUMNS });
    const pick = namedFields(file.relPath, table, AGE_COLUMNS);
    for (const row of table.rows) {
      const r = parseRow(ageRowSchema, pick(row.fields), file.relPath, row.line);
      const area = { code: r.area_code, name: null };
      addMunicipalValue(sink, row.line, area, r.year, `ece_children_age_${r.age}`, r.vaka_lapsi_lkm);
      addMunicipalValue(sink, row.line, area, r.year, `ece_foreign_language_children_age_${r.age}`, r.vko);
    }
  },
};

const TOTAL_COLUMNS = ['year', 'area_name', 'age', 'vaka_lapsi_lkm', 'ulko', 'vko'] as const;
const totalRowSchema = z.object({
  year: yearSchema,
  area_name: areaNameSchema,
  age: z.literal('Kaikki ikäluokat', { error: "expected 'Kaikki ikäluokat' (all ages)" }),
  vaka_lapsi_lkm: count,
  ulko: count,
  vko: count,
});

export const statfinEceTotal: Source = {
  id: 'statfin-ece-total',
  title: 'StatFin children in early childhood education by municipality, all ages',
  ...STATFIN_ECE_LICENCE,
  matches: municipalFile(/^ece_participants_total_municipality_\d{4}\.csv$/),
  load(file, sink) {
    const table = readCsvTable(file, { required: TOTAL_COLUMNS });
    const pick = namedFields(file.relPath, table, TOTAL_COLUMNS);
    for (const row of table.rows) {
      const r = parseRow(totalRowSchema, pick(row.fields), file.relPath, row.line);
      const area = areaOfName(r.area_name);
      addMunicipalValue(sink, row.line, area, r.year, 'ece_children_total', r.vaka_lapsi_lkm);
      addMunicipalValue(sink, row.line, area, r.year, 'ece_foreign_citizen_children_total', r.ulko);
      addMunicipalValue(sink, row.line, area, r.year, 'ece_foreign_language_children_total', r.vko);
    }
  },
};
