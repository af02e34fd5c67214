/**
 * An ECE unit (päiväkoti) of the units registry: the supply side of the plan.
 * Years follow the statistical convention of the warehouse (situation at 31 December): a unit opened
 * during `openingYear` counts from that year; one closed during `closingYear` no longer counts that year.
 */
export interface EceUnit {
  unitId: string;
  nameFi: string;
  nameSv: string | null;
  /** Language of the unit's ECE: fi, sv, en or other. */
  language: 'fi' | 'sv' | 'en' | 'other';
  provider: 'municipal' | 'private';
  lon: number;
  lat: number;
  postalCode: string;
  municipalityCode: string;
  capacityUnder3: number;
  capacity3plus: number;
  floorAreaM2: number | null;
  openingYear: number;
  closingYear: number | null;
  /** Provides pre-school education (esiopetus) for 6-year-olds. */
  preschool: boolean;
  /** Invented demo data (never a real unit): shown as synthetic wherever a user sees it. */
  synthetic: boolean;
}

export const isUnitActive = (unit: EceUnit, year: number): boolean =>
  unit.openingYear <= year && (unit.closingYear === null || year < unit.closingYear);

/** Columns of the units register CSV (docs/planning.md), in order; the pipeline validates each row. */
export const UNIT_COLUMNS = [
  'unit_id',
  'name_fi',
  'name_sv',
  'language',
  'provider',
  'lon',
  'lat',
  'postal_code',
  'municipality_code',
  'capacity_under3',
  'capacity_3plus',
  'floor_area_m2',
  'opening_year',
  'closing_year',
  'preschool',
  'synthetic',
] as const;
export type UnitColumn = (typeof UNIT_COLUMNS)[number];
