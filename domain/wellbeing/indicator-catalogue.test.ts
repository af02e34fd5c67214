import { describe, expect, it } from 'vitest';
import { indexFactorsOf, INDICATORS, modelFactorsOf, OUTCOMES } from './indicator-catalogue';

describe('the indicator catalogue', () => {
  it('has the corrective-service outcomes the CLI contract promises', () => {
    const ids = OUTCOMES.map((o) => o.id);
    expect(ids).toContain('diak_child_welfare_notifications_0_17_index');
    expect(ids).toContain('diak_placed_outside_home_0_17_index');
    expect(ids).toContain('sotkanet_psychiatric_inpatients_0_17_per_1000');
    expect(OUTCOMES.every((o) => o.service !== undefined && o.direction === 'higher_is_worse')).toBe(true);
  });

  it('keeps the source titles without a Sotkanet [CATEGORY] prefix', () => {
    for (const i of INDICATORS) expect(i.title, i.id).not.toMatch(/^\[/);
  });

  it('builds every index from both risk and resilience factors', () => {
    for (const geography of ['municipality', 'postal_area', 'district'] as const) {
      const roles = new Set(indexFactorsOf(geography).map((f) => f.role));
      expect([...roles].sort(), geography).toEqual(['resilience', 'risk']);
    }
  });

  it('never uses language background, summaries or outcomes as a factor', () => {
    const factors = [...modelFactorsOf('municipal-recent'), ...modelFactorsOf('municipal-history')];
    expect(factors.map((f) => f.id)).not.toContain('sotkanet_foreign_language_per_1000');
    expect(factors.every((f) => f.role === 'risk' || f.role === 'resilience')).toBe(true);
    expect(modelFactorsOf('municipal-history').length).toBeGreaterThanOrEqual(6);
  });
});
