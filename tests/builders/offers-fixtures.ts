import type { CohortChild } from '../../domain/offers/cohort-child';
import type { EngineChild, EngineUnit } from '../../domain/offers/engine/types';
import type { OfferUnit } from '../../domain/offers/offer-unit';

/**
 * Small builders for offer tests (eVaka's `Fixture.daycare().save()` idea): a unit or a child with sensible
 * defaults in central Helsinki, overridden by what the test is about. Points are given in kilometres east
 * and north of a reference corner, so a test reads "a unit 2 km east of the child".
 */
const ORIGIN = { lon: 24.9, lat: 60.17 };
const KM_PER_DEG_LAT = 111.2;
const KM_PER_DEG_LON = 111.2 * Math.cos((ORIGIN.lat * Math.PI) / 180);

export const at = (eastKm: number, northKm = 0) => ({
  lon: ORIGIN.lon + eastKm / KM_PER_DEG_LON,
  lat: ORIGIN.lat + northKm / KM_PER_DEG_LAT,
});

export function engineUnit(
  id: string,
  o: Partial<EngineUnit> & { eastKm?: number; northKm?: number } = {},
): EngineUnit {
  const { eastKm = 0, northKm = 0, ...rest } = o;
  return {
    unitId: id,
    ...at(eastKm, northKm),
    postalCode: '00100',
    language: 'fi',
    places: 13,
    shiftCare: false,
    openingYear: 1990,
    closingYear: null,
    ...rest,
  };
}

export function engineChild(
  id: string,
  o: Partial<EngineChild> & { eastKm?: number; northKm?: number } = {},
): EngineChild {
  const { eastKm = 0, northKm = 0, ...rest } = o;
  return {
    childId: id,
    ...at(eastKm, northKm),
    postalCode: '00100',
    language: 'fi',
    currentUnitId: null,
    siblingUnitId: null,
    specialNeeds: false,
    shiftCare: false,
    ...rest,
  };
}

export function offerUnit(id: string, o: Partial<OfferUnit> & { eastKm?: number; northKm?: number } = {}): OfferUnit {
  const { eastKm = 0, northKm = 0, ...rest } = o;
  return {
    unitId: id,
    nameFi: `Päiväkoti ${id}`,
    nameSv: `Daghemmet ${id}`,
    language: 'fi',
    ...at(eastKm, northKm),
    postalCode: '00100',
    municipalityCode: '091',
    preschoolPlaces: 13,
    ecePlaces: 80,
    shiftCare: false,
    openingYear: 1990,
    closingYear: null,
    preschool: true,
    synthetic: true,
    placesSynthetic: true,
    ...rest,
  };
}

export function cohortChild(
  id: string,
  o: Partial<CohortChild> & { eastKm?: number; northKm?: number } = {},
): CohortChild {
  const { eastKm = 0, northKm = 0, ...rest } = o;
  return {
    childId: id,
    birthYear: 2021,
    postalCode: '00100',
    ...at(eastKm, northKm),
    located: 'coordinates',
    language: 'fi',
    currentUnitId: null,
    siblingUnitId: null,
    specialNeeds: false,
    shiftCare: false,
    guardianLanguage: 'fi',
    guardianPhone: null,
    guardianEmail: null,
    name: null,
    birthDate: null,
    synthetic: true,
    ...rest,
  };
}
