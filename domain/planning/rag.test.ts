import { describe, expect, it } from 'vitest';
import { ragFlags } from './rag';

describe('red / amber / green', () => {
  it('is red when a gap of a place or more comes within two years, amber over 95 % full, else green', () => {
    const flags = ragFlags([
      { year: 2022, gapPlaces: -10, fillRate: 0.9 },
      { year: 2023, gapPlaces: -3, fillRate: 0.97 },
      { year: 2024, gapPlaces: -1, fillRate: 0.99 },
      { year: 2025, gapPlaces: 4, fillRate: 1.05 },
      { year: 2026, gapPlaces: 0.4, fillRate: 1.0 },
      { year: 2027, gapPlaces: null, fillRate: null },
    ]);
    expect(flags).toEqual(['green', 'red', 'red', 'red', 'amber', null]);
  });
});
