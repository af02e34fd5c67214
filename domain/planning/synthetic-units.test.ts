import { describe, expect, it } from 'vitest';
import type { AreaGeometry } from '../../core/geo/simplify';
import { pointInGeometry } from '../../core/geo/geometry';
import {
  allocate,
  districtsOfAreas,
  generateSyntheticUnits,
  seededRandom,
  type SyntheticInputs,
} from './synthetic-units';

const box = (lon: number, lat: number): AreaGeometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + 0.02, lat],
      [lon + 0.02, lat + 0.01],
      [lon, lat + 0.01],
      [lon, lat],
    ],
  ],
});

const inputs: SyntheticInputs = {
  municipalityCode: '091',
  areas: [
    { postalCode: '00100', nameFi: 'Keskusta - Kluuvi', geometry: box(24.93, 60.16), children06: 900 },
    { postalCode: '00200', nameFi: 'Pohjois-Lauttasaari', geometry: box(24.87, 60.16), children06: 300 },
    { postalCode: '00210', nameFi: 'Vattuniemi', geometry: box(24.87, 60.15), children06: 100 },
  ],
  districts: [
    { code: 'D1', name: 'Vironniemi', units: 4, childrenInDaycare: 300, swedishShare: 0 },
    { code: 'D2', name: 'Lauttasaari', units: 3, childrenInDaycare: 200, swedishShare: 1 },
  ],
  subdivisions: [
    { name: 'Kluuvi', districtCode: 'D1' },
    { name: 'Lauttasaari', districtCode: 'D2' },
  ],
  totalUnits: 8,
  placesUnder3: 250,
  places3plus: 750,
  headroom: 0.02,
  seed: 7,
};

describe('synthetic units', () => {
  it('splits integers by largest remainder and repeats its random sequence', () => {
    expect(allocate(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocate(5, [0, 2, 3])).toEqual([0, 2, 3]);
    expect(allocate(3, [0, 0])).toEqual([0, 0]);
    const a = seededRandom(42);
    const b = seededRandom(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('places postal areas in districts by name, else by the nearest named area', () => {
    const map = districtsOfAreas(inputs.areas, inputs.subdivisions);
    expect(map.get('00100')).toEqual({ district: 'D1', by: 'name' });
    expect(map.get('00200')).toEqual({ district: 'D2', by: 'name' });
    expect(map.get('00210')).toEqual({ district: 'D2', by: 'nearest' });
  });

  it('calibrates units and places on the aggregates, inside the areas, marked synthetic', () => {
    const units = generateSyntheticUnits(inputs);
    expect(units).toHaveLength(8);
    expect(units.reduce((s, u) => s + u.capacityUnder3 + u.capacity3plus, 0)).toBe(1020);
    // District shares: 300:200 of the children in day care -> 612 and 408 places.
    const places = (codes: string[]) =>
      units.filter((u) => codes.includes(u.postalCode)).reduce((s, u) => s + u.capacityUnder3 + u.capacity3plus, 0);
    expect(places(['00100'])).toBe(612);
    expect(places(['00200', '00210'])).toBe(408);
    for (const u of units) {
      const area = inputs.areas.find((a) => a.postalCode === u.postalCode)!;
      expect(pointInGeometry(u, area.geometry)).toBe(true);
      expect(u.synthetic).toBe(true);
      expect(u.nameFi).toMatch(/^Synthetic unit \d{5}-\d+$/);
    }
    expect(units.filter((u) => u.postalCode === '00200').every((u) => u.language === 'sv')).toBe(true);
    expect(generateSyntheticUnits(inputs)).toEqual(units);
  });
});
