import { z } from 'zod';
import { LoadError } from '../../core/load-error';
import { readCsvTable } from '../../core/read-csv-table';
import type { Source } from '../../core/source';
import { parseRow, statCellSchema, yearSchema } from '../../core/values';
import { HELSINKI_PROJECTION_LICENCE } from '../licences';
import { osaAlueLabel2019 } from './area-codes';

/**
 * Starting population of the Helsinki-region projection model (Lahto_vaesto_2019: "Helsinki, väestö
 * 31.12.2019, Lähde: TK"): one row per osa-alue, iyht = total, m0..m99 males and n0..n99 females by single
 * year of age. The last age is open-ended (m0..m99 + n0..n99 = iyht on every row, and people over 99 live
 * in Helsinki), so it is stored as '99+'. Stored as published: male and female by age plus the total
 * (age 'total', sex 'total'); views can sum the sexes. Codes '09111010 010' become canonical '09110'.
 */
const SEX_PREFIX: Record<string, string> = { m: 'male', n: 'female' };
const cell = statCellSchema();

export const helsinkiPopulation2019: Source = {
  id: 'helsinki-population-2019',
  title: 'Helsinki population by osa-alue, single year of age and sex, 31.12.2019 (projection model input)',
  ...HELSINKI_PROJECTION_LICENCE,
  matches: (relPath) => /(^|\/)[a-z]+_population_by_osaalue_single_age_sex_\d{8}\.csv(\.gz)?$/.test(relPath),
  load(file, sink) {
    const table = readCsvTable(file, { required: ['Aluenimi', 'vuosi', 'alue', 'iyht'] });
    const ageColumns = table.header.slice(4).map((h) => {
      const m = /^([mn])(\d{1,2})$/.exec(h);
      if (!m) throw new LoadError(file.relPath, table.headerLine, h, 'unknown column: expected m<age> or n<age>');
      return { sex: SEX_PREFIX[m[1]], age: Number(m[2]) };
    });
    const topAge = Math.max(...ageColumns.map((c) => c.age));
    for (const sex of Object.values(SEX_PREFIX)) {
      const ages = ageColumns
        .filter((c) => c.sex === sex)
        .map((c) => c.age)
        .join(',');
      if (ages !== Array.from({ length: topAge + 1 }, (_, a) => a).join(',')) {
        throw new LoadError(file.relPath, table.headerLine, 'header', `${sex} ages must run 0..${topAge} without gaps`);
      }
    }
    const labels = ageColumns.map((c) => (c.age === topAge ? `${topAge}+` : String(c.age)));
    const schema = z.object({
      label: z.string(),
      year: yearSchema,
      number: z.coerce.number().int(),
      total: cell,
      values: z.array(cell).length(ageColumns.length),
    });
    for (const { line, fields } of table.rows) {
      const row = parseRow(
        schema,
        { label: fields[0], year: fields[1], number: fields[2], total: fields[3], values: fields.slice(4) },
        file.relPath,
        line,
        table.header.slice(4),
      );
      const area = osaAlueLabel2019(row.label);
      if (typeof area === 'string') throw new LoadError(file.relPath, line, 'Aluenimi', area);
      if (area.areaCode !== `${area.municipalityCode}${row.number}`)
        throw new LoadError(file.relPath, line, 'alue', `area number ${row.number} does not match '${row.label}'`);
      const sum = row.values.reduce((s, v) => s + (v.value ?? 0), 0);
      if (row.total.value !== null && !row.values.some((v) => v.suppressed) && sum !== row.total.value) {
        throw new LoadError(file.relPath, line, 'iyht', `total ${row.total.value} differs from the sum of ages ${sum}`);
      }
      const base = {
        line,
        municipality_code: area.municipalityCode,
        area_code: area.areaCode,
        area_name: area.areaName,
        area_level: area.areaLevel,
        year: row.year,
        variable: 'population',
        language: 'total',
      };
      sink.add('subarea_observation', {
        ...base,
        age: 'total',
        sex: 'total',
        value: row.total.value,
        suppressed: row.total.suppressed,
      });
      row.values.forEach((v, i) => {
        sink.add('subarea_observation', {
          ...base,
          age: labels[i],
          sex: ageColumns[i].sex,
          value: v.value,
          suppressed: v.suppressed,
        });
      });
    }
  },
};
