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
