import type { OfferUnit } from '../../domain/offers/offer-unit';
import { toOfferUnit } from '../../domain/offers/synthetic-places';
import { LoadError } from '../../pipelines/core/load-error';
import type { RawFile } from '../../pipelines/core/read-raw-file';
import { readUnitRows } from '../../pipelines/sources/units/units-csv';

/**
 * The units file of `npm run offers -- propose`: the units-register format of docs/planning.md (every
 * column, validated by the register's own row schema) plus `preschool_places` (whole number) and, if the
 * city has it, `shift_care` (true/false). Without `shift_care` no unit is known to lack it, so the shift
 * care constraint cannot be checked and is not applied (the CLI says so).
 */
export interface OfferUnitsFile {
  units: OfferUnit[];
  hasShiftCare: boolean;
}

export function readOfferUnitsCsv(file: RawFile): OfferUnitsFile {
  const rows = readUnitRows(file, { required: ['preschool_places'], optional: ['shift_care'] });
  const hasShiftCare = rows.length > 0 && rows[0].field('shift_care') !== undefined;
  const units = rows.map(({ line, unit, field }) => {
    const placesText = (field('preschool_places') ?? '').trim();
    if (!/^\d+$/.test(placesText))
      throw new LoadError(file.relPath, line, 'preschool_places', 'expected a whole number of places (0 or more)');
    const places = Number(placesText);
    if (!unit.preschool && places > 0)
      throw new LoadError(
        file.relPath,
        line,
        'preschool_places',
        'a unit without pre-school (preschool = false) has no pre-school places',
      );
    let shiftCare: boolean | null = null;
    if (hasShiftCare) {
      const v = (field('shift_care') ?? '').trim();
      if (v !== 'true' && v !== 'false')
        throw new LoadError(file.relPath, line, 'shift_care', "expected 'true' or 'false'");
      shiftCare = v === 'true';
    }
    // Without the column every unit counts as offering shift care: the constraint is then not applied.
    return toOfferUnit(unit, { preschoolPlaces: places, shiftCare: shiftCare ?? true });
  });
  return { units, hasShiftCare };
}
