import { z } from 'zod';
import { LoadError } from '../../core/load-error';
import { readCsvTable } from '../../core/read-csv-table';
import type { Source } from '../../core/source';
import { parseRow, statCellSchema } from '../../core/values';
import { HELSINKI_PROJECTION_LICENCE } from '../licences';
import { labelledArea } from './area-codes';

/**
 * Helsinki housing-completion forecast (Astuot_alue: "Toteutumisennuste asuntokerrosala kem2", source
 * Asunto-ohjelma 2020): residential floor area (m2) expected to be completed per osa-alue, house type and year.
 * Types 1..6 (see the catalogue): one variable per type. The vintage is the first forecast year (2020, the
 * programme year). Labels '091 10 Kruununhaka' become canonical osa-alue codes ('09110').
 */
const TYPES = ['1', '2', '3', '4', '5', '6'] as const;
const rowSchema = (years: number) =>
  z.object({
    label: z.string(),
    number: z.coerce.number().int(),
    type: z.enum(TYPES, { message: 'house type must be 1..6' }),
    values: z.array(statCellSchema({ suppressedTokens: [] })).length(years),
  });

export const helsinkiHousingForecast: Source = {
  id: 'helsinki-housing-forecast',
  title: 'Helsinki housing completion forecast by osa-alue and house type (Asunto-ohjelma 2020)',
  ...HELSINKI_PROJECTION_LICENCE,
  matches: (relPath) =>
    /(^|\/)[a-z]+_housing_completion_forecast_floor_area_by_osaalue_type_\d{4}_\d{4}\.csv(\.gz)?$/.test(relPath),
  load(file, sink) {
    const table = readCsvTable(file, { required: ['Aluenimi', 'alue', 'Tyyppi'] });
    const years = table.header.slice(3).map((h) => {
      const m = /^y(\d{4})$/.exec(h);
      if (!m)
        throw new LoadError(file.relPath, table.headerLine, h, "unknown column: expected a year column like 'y2020'");
      return Number(m[1]);
    });
    if (years.length === 0) throw new LoadError(file.relPath, table.headerLine, 'header', 'no year columns');
    const vintage = years[0];
    const schema = rowSchema(years.length);
    for (const { line, fields } of table.rows) {
      const row = parseRow(
        schema,
        { label: fields[0], number: fields[1], type: fields[2], values: fields.slice(3) },
        file.relPath,
        line,
        table.header.slice(3),
      );
      const area = labelledArea(row.label);
      if (typeof area === 'string') throw new LoadError(file.relPath, line, 'Aluenimi', area);
      if (area.areaLevel !== 'osa-alue')
        throw new LoadError(
          file.relPath,
          line,
          'Aluenimi',
          `'${row.label}' has level '${area.areaLevel}', not 'osa-alue'`,
        );
      if (area.areaCode !== `${area.municipalityCode}${row.number}`)
        throw new LoadError(file.relPath, line, 'alue', `area number ${row.number} does not match '${row.label}'`);
      row.values.forEach((cell, i) => {
        sink.add('projection_value', {
          line,
          scope: 'subarea',
          municipality_code: area.municipalityCode,
          municipality_name: null,
          area_code: area.areaCode,
          area_name: area.areaName,
          vintage,
          year: years[i],
          variable: `housing_completion_floor_area_m2_type_${row.type}`,
          value: cell.value,
        });
      });
    }
  },
};
