import { describe, expect, it } from 'vitest';
import { derivedPreschoolPlaces, derivedShiftCare, stableHash, toOfferUnit } from './synthetic-places';
import type { EceUnit } from '../planning/unit';

const unit: EceUnit = {
  unitId: '091-SYN-00100-1',
  nameFi: 'Synthetic unit 00100-1',
  nameSv: null,
  language: 'fi',
  provider: 'municipal',
  lon: 24.9,
  lat: 60.17,
  postalCode: '00100',
  municipalityCode: '091',
  capacityUnder3: 15,
  capacity3plus: 84,
  floorAreaM2: null,
  openingYear: 1990,
  closingYear: null,
  preschool: true,
  synthetic: true,
};

describe('pre-school places a register does not give', () => {
  it('a quarter of the 3+ places with headroom, in whole groups of 13', () => {
    // 84 / 4 * 1.2 = 25.2 -> 2 groups
    expect(derivedPreschoolPlaces(unit)).toBe(26);
    expect(derivedPreschoolPlaces({ ...unit, capacity3plus: 10 })).toBe(13);
    expect(derivedPreschoolPlaces({ ...unit, preschool: false })).toBe(0);
  });

  it('places the city gives are used as they are and the unit is not marked derived', () => {
    const given = toOfferUnit(unit, { preschoolPlaces: 40, shiftCare: true });
    expect(given).toMatchObject({ preschoolPlaces: 40, shiftCare: true, placesSynthetic: false });
    expect(toOfferUnit(unit).placesSynthetic).toBe(true);
  });

  it('shift care is a stable draw per unit id, about one unit in ten', () => {
    expect(stableHash('abc')).toBe(stableHash('abc'));
    const ids = Array.from({ length: 2000 }, (_, i) => `U-${i}`);
    const share = ids.filter(derivedShiftCare).length / ids.length;
    expect(share).toBeGreaterThan(0.07);
    expect(share).toBeLessThan(0.13);
  });
});
