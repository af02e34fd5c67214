import type { EceUnit } from '../../../domain/planning/unit';
import { LoadError } from '../../core/load-error';
import { readCsvTable } from '../../core/read-csv-table';
import type { RawFile } from '../../core/read-raw-file';
import type { Source } from '../../core/source';
import { parseRow } from '../../core/values';
import { toEceUnit, unitRowSchema } from './unit-row';
import { UNIT_COLUMNS, type UnitColumn } from '../../../domain/planning/unit';

/**
 * ECE units registry: `units/*.csv[.gz]`, one row per unit (päiväkoti), format in docs/planning.md.
 * No open file lists Helsinki's units, so the shipped file is synthetic demo data (synthetic = true,
 * scripts/generate-synthetic-units.ts); a municipality drops its own export of the same format here.
 */
export function loadUnitsCsv(file: RawFile): EceUnit[] {
  return readUnitRows(file).map((r) => r.unit);
}

/**
 * The units with the line each came from (the sink stamps rows with their source line). `extra` names
 * columns another reader of the same format adds (the offer rounds' `preschool_places`); `field` reads
 * them, and they are the only columns besides the register's that are allowed.
 */
export function readUnitRows(
  file: RawFile,
  extra: { required?: readonly string[]; optional?: readonly string[] } = {},
): { line: number; unit: EceUnit; field: (name: string) => string | undefined }[] {
  const table = readCsvTable(file, { required: [...UNIT_COLUMNS, ...(extra.required ?? [])] });
  const known: readonly string[] = [...UNIT_COLUMNS, ...(extra.required ?? []), ...(extra.optional ?? [])];
  // A column we do not know might change what the others mean (e.g. capacity per shift): refuse it.
  const unknown = table.header.find((h) => !known.includes(h));
  if (unknown !== undefined)
    throw new LoadError(file.relPath, table.headerLine, unknown, `unknown column: expected ${known.join(', ')}`);
  const at = (name: string) => table.header.indexOf(name);
  const firstLine = new Map<string, number>();
  return table.rows.map((row) => {
    const input = Object.fromEntries(UNIT_COLUMNS.map((c) => [c, row.fields[at(c)]])) as Record<UnitColumn, string>;
    const unit = toEceUnit(parseRow(unitRowSchema, input, file.relPath, row.line));
    const seen = firstLine.get(unit.unitId);
    if (seen !== undefined)
      throw new LoadError(
        file.relPath,
        row.line,
        'unit_id',
        `duplicate unit_id '${unit.unitId}' (first on line ${seen})`,
      );
    firstLine.set(unit.unitId, row.line);
    const field = (name: string) => (at(name) < 0 ? undefined : row.fields[at(name)]);
    return { line: row.line, unit, field };
  });
}

/** Columns of the canonical table `ece_unit` (pipelines/sql/units.sql); file_id is stamped by the sink. */
export interface EceUnitRow {
  line: number;
  unit_id: string;
  name_fi: string;
  name_sv: string | null;
  language: string;
  provider: string;
  lon: number;
  lat: number;
  postal_code: string;
  municipality_code: string;
  capacity_under3: number;
  capacity_3plus: number;
  floor_area_m2: number | null;
  opening_year: number;
  closing_year: number | null;
  preschool: boolean;
  synthetic: boolean;
}

export const eceUnitsSource: Source = {
  id: 'ece-units',
  title: 'ECE units registry (capacity, location, pre-school)',
  licence: 'CC BY 4.0',
  // Shown with the units wherever they appear: the shipped file is invented, only its calibration is real.
  attribution:
    'ECE units: SYNTHETIC demo units (Tilannehuone) calibrated on Helsingin kaupungin tietokeskus, Helsinki alueittain 2011, and Statistics Finland (Paavo, StatFin vaka)',
  matches: (relPath) => /(^|\/)units\/[^/]+\.csv(\.gz)?$/.test(relPath),
  load(file, sink) {
    for (const { line, unit: u } of readUnitRows(file))
      sink.add('ece_unit', {
        line,
        unit_id: u.unitId,
        name_fi: u.nameFi,
        name_sv: u.nameSv,
        language: u.language,
        provider: u.provider,
        lon: u.lon,
        lat: u.lat,
        postal_code: u.postalCode,
        municipality_code: u.municipalityCode,
        capacity_under3: u.capacityUnder3,
        capacity_3plus: u.capacity3plus,
        floor_area_m2: u.floorAreaM2,
        opening_year: u.openingYear,
        closing_year: u.closingYear,
        preschool: u.preschool,
        synthetic: u.synthetic,
      });
  },
};
