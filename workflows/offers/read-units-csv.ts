import { UNIT_COLUMNS, type UnitColumn } from '../../domain/planning/unit';
import type { OfferUnit } from '../../domain/offers/offer-unit';
import { toOfferUnit } from '../../domain/offers/synthetic-places';
import { LoadError } from '../../pipelines/core/load-error';
import { readCsvTable } from '../../pipelines/core/read-csv-table';
import type { RawFile } from '../../pipelines/core/read-raw-file';
import { parseRow } from '../../pipelines/core/values';
import { toEceUnit, unitRowSchema } from '../../pipelines/sources/units/unit-row';

/**
 * The units file of `npm run offers -- propose`: the units-register format of docs/planning.md (every
 * column, validated by the register's own row schema) plus `preschool_places` (whole number) and, if the
 * city has it, `shift_care` (true/false). Without `shift_care` no unit is known to lack it, so the shift
 * care constraint cannot be checked and is not applied (the CLI says so).
 */
const EXTRA = ['preschool_places', 'shift_care'] as const;

export interface OfferUnitsFile {
  units: OfferUnit[];
  hasShiftCare: boolean;
}

export function readOfferUnitsCsv(file: RawFile): OfferUnitsFile {
  const table = readCsvTable(file, { required: [...UNIT_COLUMNS, 'preschool_places'] });
  const known: readonly string[] = [...UNIT_COLUMNS, ...EXTRA];
  const unknown = table.header.find((h) => !known.includes(h));
  if (unknown !== undefined)
    throw new LoadError(file.relPath, table.headerLine, unknown, `unknown column: expected ${known.join(', ')}`);
  const hasShiftCare = table.header.includes('shift_care');
  const at = (name: string) => table.header.indexOf(name);
  const firstLine = new Map<string, number>();
  const units = table.rows.map((row) => {
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
    const placesText = row.fields[at('preschool_places')].trim();
    if (!/^\d+$/.test(placesText))
      throw new LoadError(file.relPath, row.line, 'preschool_places', 'expected a whole number of places (0 or more)');
    const places = Number(placesText);
    if (!unit.preschool && places > 0)
      throw new LoadError(
        file.relPath,
        row.line,
        'preschool_places',
        'a unit without pre-school (preschool = false) has no pre-school places',
      );
    let shiftCare: boolean | null = null;
    if (hasShiftCare) {
      const v = row.fields[at('shift_care')].trim();
      if (v !== 'true' && v !== 'false')
        throw new LoadError(file.relPath, row.line, 'shift_care', "expected 'true' or 'false'");
      shiftCare = v === 'true';
    }
    // Without the column every unit counts as offering shift care: the constraint is then not applied.
    return toOfferUnit(unit, { preschoolPlaces: places, shiftCare: shiftCare ?? true });
  });
  return { units, hasShiftCare };
}
