import { describe, expect, it } from 'vitest';
import { parseScenario } from './scenario';

describe('scenario documents', () => {
  it('accepts a full document and fills defaults', () => {
    const s = parseScenario({
      name: 'Kalasatama 2030',
      author: 'planner',
      births: { pct: -5 },
      migration: [{ postalCode: '00540', pctPerYear: 3 }],
      housing: [{ postalCode: '00540', year: 2026, dwellings: 800 }],
      participation: [{ age: 1, pp: 5, fromYear: 2025 }],
      ratios: { fullDay3plus: 8 },
      m2PerChild: 9,
      units: { capacity: [{ unitId: 'X', year: 2026, plus3Delta: 21 }] },
    });
    expect(s.units?.capacity?.[0]).toEqual({ unitId: 'X', year: 2026, under3Delta: 0, plus3Delta: 21 });
    expect(parseScenario({ name: 'x' })).toEqual({ name: 'x' });
  });

  it('names the field of the first problem', () => {
    expect(() => parseScenario({ name: 'baseline' }, 'a.json')).toThrow("a.json: name: 'baseline' is reserved");
    expect(() => parseScenario({ name: 'x', births: { pct: 'ten' } })).toThrow('scenario: births.pct:');
    expect(() => parseScenario({ name: 'x', housing: [{ postalCode: '00540', year: 2026 }] })).toThrow(
      'housing.0: give either dwellings or floorAreaM2',
    );
    expect(() => parseScenario({ name: 'x', birth: {} })).toThrow('scenario: document: Unrecognized key');
    expect(() => parseScenario({ name: 'x', migration: [{ postalCode: '540', pctPerYear: 1 }] })).toThrow(
      'migration.0.postalCode: expected a 5-digit postal code',
    );
  });
});
