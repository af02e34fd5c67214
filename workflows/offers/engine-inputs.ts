import type { CohortChild } from '../../domain/offers/cohort-child';
import type { EngineChild, EngineUnit } from '../../domain/offers/engine/types';
import type { OfferUnit } from '../../domain/offers/offer-unit';

/** Cohort children and offer units as the engine takes them (pre-school places as the capacity). */
export const engineChildOf = (c: CohortChild): EngineChild => ({
  childId: c.childId,
  lon: c.lon,
  lat: c.lat,
  postalCode: c.postalCode,
  language: c.language,
  currentUnitId: c.currentUnitId,
  siblingUnitId: c.siblingUnitId,
  specialNeeds: c.specialNeeds,
  shiftCare: c.shiftCare,
});

export const engineUnitOf = (u: OfferUnit, places = u.preschoolPlaces): EngineUnit => ({
  unitId: u.unitId,
  lon: u.lon,
  lat: u.lat,
  postalCode: u.postalCode,
  language: u.language,
  places,
  shiftCare: u.shiftCare,
  openingYear: u.openingYear,
  closingYear: u.closingYear,
});
