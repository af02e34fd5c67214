import { describe, expect, it } from 'vitest';
import { computeFactor, type PublishedValue } from './factor-values';
import { indicatorById } from './indicator-catalogue';

const values = (v: Record<string, number | null>) =>
  new Map<string, PublishedValue>(Object.entries(v).map(([k, value]) => [k, { value, suppressed: value === null }]));
const unemployed = indicatorById('paavo_unemployed_share')!;

describe('factor values from published counts', () => {
  it('computes the unemployed share of the labour force from Paavo counts', () => {
    expect(computeFactor(unemployed, values({ pt_tyott: 30, pt_tyoll: 270 }), 5)).toEqual({
      factor: 'paavo_unemployed_share',
      value: 10,
      status: 'ok',
      basis: 30,
    });
  });

  it('withholds a share resting on fewer than 5 people on either side', () => {
    expect(computeFactor(unemployed, values({ pt_tyott: 4, pt_tyoll: 270 }), 5)).toMatchObject({
      value: null,
      status: 'small',
    });
    expect(computeFactor(unemployed, values({ pt_tyott: 270, pt_tyoll: 3 }), 5)).toMatchObject({
      value: null,
      status: 'small',
    });
  });

  it('keeps what the source withheld withheld, and a missing count missing', () => {
    expect(computeFactor(unemployed, values({ pt_tyott: null, pt_tyoll: 270 }), 5).status).toBe('suppressed');
    expect(computeFactor(unemployed, values({ pt_tyoll: 270 }), 5).status).toBe('missing');
    expect(computeFactor(indicatorById('paavo_median_income')!, values({ hr_mtu: 23_500 }), 5).value).toBe(23_500);
  });
});
