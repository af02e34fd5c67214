import { toCsv } from '../../../core/format/csv';
import type { EceUnit } from '../../../domain/planning/unit';
import { UNIT_COLUMNS, type UnitColumn } from '../../../domain/planning/unit';

/** Writes units in the registry format that loadUnitsCsv reads (used by the synthetic-units generator). */
const VALUE: Record<UnitColumn, (u: EceUnit) => string | number | boolean | null> = {
  unit_id: (u) => u.unitId,
  name_fi: (u) => u.nameFi,
  name_sv: (u) => u.nameSv,
  language: (u) => u.language,
  provider: (u) => u.provider,
  lon: (u) => u.lon,
  lat: (u) => u.lat,
  postal_code: (u) => u.postalCode,
  municipality_code: (u) => u.municipalityCode,
  capacity_under3: (u) => u.capacityUnder3,
  capacity_3plus: (u) => u.capacity3plus,
  floor_area_m2: (u) => u.floorAreaM2,
  opening_year: (u) => u.openingYear,
  closing_year: (u) => u.closingYear,
  preschool: (u) => u.preschool,
  synthetic: (u) => u.synthetic,
};

export const formatUnitsCsv = (units: readonly EceUnit[]): string =>
  toCsv(
    UNIT_COLUMNS.map((c) => ({ name: c, value: VALUE[c] })),
    units,
  );
