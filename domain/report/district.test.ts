import { describe, expect, it } from 'vitest';
import type { AreaGeometry } from '../../core/geo/simplify';
import { suurpiiriOfAreas } from './district';

const square = (lon: number, lat: number): AreaGeometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + 0.01, lat],
      [lon + 0.01, lat + 0.01],
      [lon, lat + 0.01],
      [lon, lat],
    ],
  ],
});

describe('suurpiiriOfAreas', () => {
  it('places postal areas in major districts by sub-district name, else by the nearest matched area', () => {
    const key = {
      subdivisions: [
        { name: 'Kallio', districtCode: 'P1' },
        { name: 'Vuosaari', districtCode: 'P2' },
      ],
      peruspiiriParent: new Map([
        ['P1', 'S1'],
        ['P2', 'S2'],
      ]),
      suurpiiriName: new Map([
        ['S1', 'Keskinen suurpiiri'],
        ['S2', 'Itäinen suurpiiri'],
      ]),
    };
    const out = suurpiiriOfAreas(
      [
        { postalCode: '00530', nameFi: 'Kallio', geometry: square(24.95, 60.18) },
        { postalCode: '00980', nameFi: 'Etelä-Vuosaari', geometry: square(25.14, 60.2) },
        { postalCode: '00990', nameFi: 'Aurinkolahti', geometry: square(25.15, 60.2) },
      ],
      key,
    );
    expect(out.get('00530')).toEqual({ code: 'S1', name: 'Keskinen suurpiiri', by: 'name' });
    expect(out.get('00980')).toEqual({ code: 'S2', name: 'Itäinen suurpiiri', by: 'name' });
    expect(out.get('00990')).toEqual({ code: 'S2', name: 'Itäinen suurpiiri', by: 'nearest' });
  });
});
