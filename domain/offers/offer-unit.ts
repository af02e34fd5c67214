import type { EceUnit } from '../planning/unit';

/**
 * A unit as the proposal engine sees it: a place in the units register with its pre-school places for
 * the round, the language it teaches pre-school in and whether it offers shift care (vuorohoito).
 * `placesSynthetic` says the places were derived by the product (synthetic-places.ts), not given by
 * the city; every view shows that.
 */
export type EducationLanguage = 'fi' | 'sv';

export interface OfferUnit {
  unitId: string;
  nameFi: string;
  nameSv: string | null;
  language: EceUnit['language'];
  lon: number;
  lat: number;
  postalCode: string;
  municipalityCode: string;
  preschoolPlaces: number;
  /** Places of the unit's ECE (under 3 and 3+), used by ECE rounds. */
  ecePlaces: number;
  shiftCare: boolean;
  openingYear: number;
  closingYear: number | null;
  preschool: boolean;
  synthetic: boolean;
  /** Pre-school places or shift care derived by the product, not given in the register. */
  placesSynthetic: boolean;
}

/**
 * Open for the whole pre-school year that starts in August of `startYear` and ends in May of the next:
 * opened by the start year (register convention: counts from its opening year) and not closing before the
 * year is over (a unit with closing year Y no longer counts in Y, so Y must come after the spring term).
 */
export const isOpenForYear = (unit: Pick<OfferUnit, 'openingYear' | 'closingYear'>, startYear: number): boolean =>
  unit.openingYear <= startYear && (unit.closingYear === null || unit.closingYear > startYear + 1);

/** The language a unit teaches pre-school in: Finnish or Swedish only (Perusopetuslaki 10 §). */
export const teachingLanguage = (unit: { language: string }): EducationLanguage | null =>
  unit.language === 'fi' || unit.language === 'sv' ? unit.language : null;
