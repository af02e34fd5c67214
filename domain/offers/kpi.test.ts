import { describe, expect, it } from 'vitest';
import { kpiBy, kpiTotal, protectParts, unitFill, type KpiOffer } from './kpi';

const offer = (postalCode: string, answer: KpiOffer['answer'], unitId = 'U1', distanceKm = 1): KpiOffer => ({
  postalCode,
  unitId,
  places: 26,
  answer,
  distanceKm,
  sent: true,
});
const many = (n: number, o: () => KpiOffer) => Array.from({ length: n }, o);

describe('follow-up figures for managers', () => {
  it('rates of a large enough area are shown', () => {
    const offers = [
      ...many(40, () => offer('00100', 'accepted')),
      ...many(6, () => offer('00100', 'declined')),
      ...many(7, () => offer('00100', 'transfer_requested')),
      ...many(5, () => offer('00100', 'sent')),
    ];
    const [g] = kpiBy(offers, (o) => o.postalCode, 5);
    expect(g.offered.value).toBe(58);
    expect(g.acceptRate).toBeCloseTo(40 / 58);
    expect(g.replyRate).toBeCloseTo(53 / 58);
    expect(g.meanKm).toBe(1);
  });

  it('an area with fewer offers than the threshold shows no figure at all', () => {
    const offers = [
      ...many(3, () => offer('00100', 'accepted')),
      ...many(30, () => offer('00200', 'accepted')),
      ...many(30, () => offer('00300', 'accepted')),
    ];
    const groups = kpiBy(offers, (o) => o.postalCode, 5);
    const small = groups.find((g) => g.key === '00100')!;
    expect(small.offered).toEqual({ value: null, status: 'small' });
    expect(small.acceptRate).toBeNull();
    expect(small.meanKm).toBeNull();
  });

  it('when one group alone is withheld, another is withheld too, so the total does not give it away', () => {
    const offers = [
      ...many(3, () => offer('00100', 'accepted')),
      ...many(30, () => offer('00200', 'accepted')),
      ...many(40, () => offer('00300', 'accepted')),
    ];
    const groups = kpiBy(offers, (o) => o.postalCode, 5);
    expect(groups.filter((g) => g.offered.value === null).map((g) => g.key)).toEqual(['00100', '00200']);
    expect(kpiTotal(offers, 5).offered.value).toBe(73);
  });

  it("a count of zero is below the threshold too (the product's rule), so its rate is not shown", () => {
    const offers = [...many(40, () => offer('00100', 'accepted')), ...many(10, () => offer('00100', 'sent'))];
    const [g] = kpiBy(offers, (o) => o.postalCode, 5);
    expect(g.declined).toEqual({ value: null, status: 'small' });
  });

  it('two declines in an area are not shown, nor the smallest other answer that would give them away', () => {
    const offers = [
      ...many(40, () => offer('00100', 'accepted')),
      ...many(2, () => offer('00100', 'declined')),
      ...many(8, () => offer('00100', 'transfer_requested')),
      ...many(6, () => offer('00100', 'sent')),
    ];
    const [g] = kpiBy(offers, (o) => o.postalCode, 5);
    expect(g.declined.value).toBeNull();
    expect(g.declineRate).toBeNull();
    expect([g.transfer.value, g.unanswered.value].filter((v) => v === null)).toHaveLength(1);
  });

  it('protecting parts leaves a whole with zero or several hidden parts alone', () => {
    const ok = (v: number) => ({ value: v, status: 'ok' as const });
    expect(protectParts([ok(10), ok(20)], [10, 20])).toEqual([ok(10), ok(20)]);
  });

  it("a unit's fill counts the places taken after the round", () => {
    const offers = [
      ...many(20, () => offer('00100', 'accepted')),
      ...many(6, () => offer('00100', 'no_reply')),
      ...many(3, () => offer('00100', 'declined')),
    ];
    const [fill] = unitFill(offers, [{ unitId: 'U1', places: 26 }], 5);
    expect(fill.placed.value).toBe(26);
    expect(fill.fill).toBe(1);
  });
});
