import { describe, expect, it } from 'vitest';
import { basisOf, discloseFigure, MIN_POPULATION, wellbeingStatus } from './disclose-wellbeing';
import { indicatorById } from './indicator-catalogue';

const municipality = (population: number | null) => ({ geography: 'municipality' as const, population });

describe('what the wellbeing pages may show', () => {
  it('shows nothing of an area under the minimum population, only that it is under it', () => {
    expect(discloseFigure(120, municipality(999), 5)).toEqual({ value: null, status: 'under_minimum' });
    expect(discloseFigure(120, municipality(null), 5).status).toBe('under_minimum');
    expect(discloseFigure(120, municipality(1000), 5)).toEqual({ value: 120, status: 'ok' });
    expect(MIN_POPULATION.postal_area).toBe(100);
  });

  it('withholds a share resting on fewer than 5 people, and keeps what the source withheld withheld', () => {
    const postal = { geography: 'postal_area' as const, population: 400 };
    expect(wellbeingStatus(2.1, { ...postal, counts: [4, 190] }, 5)).toBe('small');
    expect(wellbeingStatus(2.6, { ...postal, counts: [5, 190] }, 5)).toBe('ok');
    expect(wellbeingStatus(null, { ...postal, suppressed: true }, 5)).toBe('suppressed');
    expect(wellbeingStatus(3, { ...postal, counts: [null, 190] }, 5)).toBe('suppressed');
  });

  it('withholds a rate of children whose implied count is under 5, counting children low when unknown', () => {
    // 4 per 1,000 of at least 8 % of 10,000 inhabitants = 3.2 children: withheld.
    expect(wellbeingStatus(4, { ...municipality(10_000), childRate: { scale: 1000 } }, 5)).toBe('small');
    expect(wellbeingStatus(7, { ...municipality(10_000), childRate: { scale: 1000 } }, 5)).toBe('ok');
    // With the children known: 2.5 % of 300 children = 7.5 children.
    expect(wellbeingStatus(2.5, { ...municipality(5_000), childRate: { scale: 100, children: 300 } }, 5)).toBe('ok');
    // Zero children in care is a count under 5 too.
    expect(wellbeingStatus(0, { ...municipality(50_000), childRate: { scale: 1000 } }, 5)).toBe('small');
  });

  it('checks the people behind a corrective-service rate, and nothing behind a relative index', () => {
    const psychiatric = indicatorById('sotkanet_psychiatric_inpatients_0_17_per_1000')!;
    const assistance = indicatorById('sotkanet_social_assistance_recipients_pct')!;
    const notifications = indicatorById('diak_child_welfare_notifications_0_17_index')!;
    expect(wellbeingStatus(5, basisOf(psychiatric, 8_000), 5)).toBe('small');
    // 0.4 % of 1,200 inhabitants = 4.8 people.
    expect(wellbeingStatus(0.4, basisOf(assistance, 1_200), 5)).toBe('small');
    expect(wellbeingStatus(0.5, basisOf(assistance, 1_200), 5)).toBe('ok');
    expect(wellbeingStatus(3, basisOf(notifications, 1_200), 5)).toBe('ok');
  });
});
