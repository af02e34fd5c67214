import { describe, expect, it } from 'vitest';
import { computePlan } from './engine';
import { differingRows, overlayScenario } from './scenario-diff';
import { fixtureInputs } from '../../tests/builders/plan-fixtures';

describe('a saved scenario stores only what differs from the baseline', () => {
  const inputs = fixtureInputs();
  const baseline = computePlan(inputs);

  it('a scenario without changes stores nothing', () => {
    expect(differingRows(baseline, computePlan(inputs, { name: 'same' }))).toEqual([]);
  });

  it('new housing in one area stores only that area from the completion year on, and the overlay gives the whole scenario', () => {
    const scenario = computePlan(inputs, {
      name: 'housing',
      housing: [{ postalCode: '00300', year: 2024, dwellings: 400 }],
    });
    const differing = differingRows(baseline, scenario);
    expect(differing.length).toBeGreaterThan(0);
    expect(differing.length).toBeLessThan(scenario.length);
    expect(differing.every((r) => r.postalCode === '00300' && r.year >= 2024)).toBe(true);
    expect(overlayScenario(baseline, differing, 'housing')).toEqual(scenario);
  });
});
