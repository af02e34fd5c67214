import { describe, expect, it } from 'vitest';
import { explanationFacts, whatIfDemand } from './explanation-facts';

describe('explanation facts and the what-if', () => {
  const effects = [
    { factor: 'low_income', value: 140, effect: 6 },
    { factor: 'unemployment', value: 120, effect: 2 },
    { factor: 'tertiary', value: 35, effect: -4 },
    { factor: 'crime', value: 101, effect: 0.01 },
  ];

  it('names the factors that push demand up and down, strongest first', () => {
    expect(explanationFacts(effects, 3, 0.1)).toEqual([
      { factor: 'low_income', value: 140, effect: 6, direction: 'up', rank: 1 },
      { factor: 'tertiary', value: 35, effect: -4, direction: 'down', rank: 2 },
      { factor: 'unemployment', value: 120, effect: 2, direction: 'up', rank: 3 },
    ]);
  });

  it('keeps at most the requested number each way', () => {
    expect(explanationFacts(effects, 1).map((f) => f.factor)).toEqual(['low_income', 'tertiary']);
  });

  it('moves expected demand along the association slope, never below zero', () => {
    expect(whatIfDemand(110, 0.5, 140, 120)).toBe(100);
    expect(whatIfDemand(5, 2, 10, 0)).toBe(0);
  });
});
