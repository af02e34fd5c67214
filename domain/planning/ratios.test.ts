import { describe, expect, it } from 'vitest';
import { LEGAL_POLICY, educatorsNeeded, groupsNeeded, maxGroupSize, staffFte } from './ratios';

const kids = (under3: number, fullDay3plus = 0, partDay3plus = 0) => ({ under3, fullDay3plus, partDay3plus });

describe('educators by the legal ratios (540/2018 s. 35, 753/2018 s. 1)', () => {
  it('12 children under 3 need 3 educators', () => expect(educatorsNeeded(kids(12))).toBe(3));
  it('13 children under 3 need 4 educators', () => expect(educatorsNeeded(kids(13))).toBe(4));
  it('13 part-day children aged 3+ need 1 educator', () => expect(educatorsNeeded(kids(0, 0, 13))).toBe(1));
  it('14 part-day children aged 3+ need 2 educators', () => expect(educatorsNeeded(kids(0, 0, 14))).toBe(2));
  it('21 full-day children aged 3+ need 3 educators, 22 need 4', () => {
    expect(educatorsNeeded(kids(0, 21))).toBe(3);
    expect(educatorsNeeded(kids(0, 22))).toBe(4);
  });
  it('a mixed group of 4 under-3s and 7 full-day 3+ needs 2 educators', () =>
    expect(educatorsNeeded(kids(4, 7))).toBe(2));
  it('a mixed group of 8 under-3s, 7 full-day and 13 part-day needs 4 educators', () =>
    expect(educatorsNeeded(kids(8, 7, 13))).toBe(4));
  it('shares are summed before rounding: 2 under-3s and 3 full-day 3+ need 1 educator, not 2', () =>
    expect(educatorsNeeded(kids(2, 3))).toBe(1));
  it('no children need no educators', () => expect(educatorsNeeded(kids(0))).toBe(0));
  it('a 1:8 policy for full-day 3+ needs fewer educators', () =>
    expect(educatorsNeeded(kids(0, 24), { ...LEGAL_POLICY, fullDay3plus: 8 })).toBe(3));
});

describe('group rounding (540/2018 s. 36: three educators per group)', () => {
  it('groups hold 12 under-3s, 21 full-day and 39 part-day children aged 3+', () => {
    expect(maxGroupSize('under3')).toBe(12);
    expect(maxGroupSize('fullDay3plus')).toBe(21);
    expect(maxGroupSize('partDay3plus')).toBe(39);
  });
  it('12 under-3s are one group, 13 are two', () => {
    expect(groupsNeeded(kids(12))).toBe(1);
    expect(groupsNeeded(kids(13))).toBe(2);
  });
  it('21 full-day 3+ are one group, 22 are two', () => {
    expect(groupsNeeded(kids(0, 21))).toBe(1);
    expect(groupsNeeded(kids(0, 22))).toBe(2);
  });
  it('under-3s and 3+ form separate groups unless mixing is allowed', () => {
    expect(groupsNeeded(kids(6, 10))).toBe(2);
    expect(groupsNeeded(kids(6, 10), LEGAL_POLICY, { mixed: true })).toBe(1);
  });
  it('part-day children fill a group at their own ratio', () => expect(groupsNeeded(kids(0, 14, 13))).toBe(1));
});

describe('full-time equivalents', () => {
  it('multiplies educators by the substitute factor', () => {
    expect(staffFte(10)).toBeCloseTo(11);
    expect(staffFte(10, { ...LEGAL_POLICY, substituteFactor: 1.25 })).toBeCloseTo(12.5);
  });
});
