import type { EceUnit } from '../planning/unit';
import type { OfferUnit } from './offer-unit';

/**
 * Pre-school places and shift care for units whose register does not give them (the shipped Helsinki
 * units are synthetic and carry neither). Deterministic and labelled synthetic:
 * - places: a quarter of the unit's 3+ places (ages 3, 4, 5 and 6 share them) plus 20 % headroom (the 3+
 *   places were calibrated on all children in ECE, while every 6-year-old is in pre-school), in whole groups
 *   of 13 (one teacher per 13 children in pre-school, Decree 753/2018 1 §), at least one group in every unit
 *   that provides pre-school;
 * - shift care: about one unit in ten, chosen by a hash of its id (Helsinki runs shift care in a few dozen
 *   of its units; no open list says which).
 */
export const PRESCHOOL_GROUP = 13;

/** FNV-1a: a stable 32-bit hash of a text (same on every platform and run). */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function derivedPreschoolPlaces(unit: Pick<EceUnit, 'preschool' | 'capacity3plus'>): number {
  if (!unit.preschool) return 0;
  const groups = Math.max(1, Math.round(((unit.capacity3plus / 4) * 1.2) / PRESCHOOL_GROUP));
  return groups * PRESCHOOL_GROUP;
}

/**
 * Places an ECE round may offer in a unit: about one place in seven turns over a year (a seventh of its
 * children, the oldest, leave for pre-school or school), derived like the pre-school places and labelled.
 */
export const derivedEceFreePlaces = (unit: Pick<OfferUnit, 'ecePlaces'>): number => Math.round(unit.ecePlaces / 7);

export const derivedShiftCare = (unitId: string): boolean => stableHash(`shift:${unitId}`) % 10 === 0;

/** An ECE unit of the register as an offer unit, with given places (and shift care) where known. */
export function toOfferUnit(
  unit: EceUnit,
  given: { preschoolPlaces?: number | null; shiftCare?: boolean | null } = {},
): OfferUnit {
  const placesGiven = given.preschoolPlaces !== undefined && given.preschoolPlaces !== null;
  const shiftGiven = given.shiftCare !== undefined && given.shiftCare !== null;
  return {
    unitId: unit.unitId,
    nameFi: unit.nameFi,
    nameSv: unit.nameSv,
    language: unit.language,
    lon: unit.lon,
    lat: unit.lat,
    postalCode: unit.postalCode,
    municipalityCode: unit.municipalityCode,
    preschoolPlaces: placesGiven ? given.preschoolPlaces! : derivedPreschoolPlaces(unit),
    ecePlaces: unit.capacityUnder3 + unit.capacity3plus,
    shiftCare: shiftGiven ? given.shiftCare! : derivedShiftCare(unit.unitId),
    openingYear: unit.openingYear,
    closingYear: unit.closingYear,
    preschool: unit.preschool,
    synthetic: unit.synthetic,
    placesSynthetic: !placesGiven || !shiftGiven,
  };
}
