import { describe, expect, it } from 'vitest';
import { profileAt, sixYearShares, type AgeProfile } from './single-age';

const even: AgeProfile = { year: 2019, within02: [1 / 3, 1 / 3, 1 / 3], within36: [0.25, 0.25, 0.25, 0.25] };

describe('six-year-old split', () => {
  it('gives a quarter when every single-year cohort is equal', () => {
    for (const s of sixYearShares(300, 400, even, 5)) expect(s).toBeCloseTo(0.25);
  });

  it('follows a large 0-2 group: fewer 6-year-olds relative to 3-6 a few years later', () => {
    const shares = sixYearShares(600, 400, even, 5);
    expect(shares[0]).toBeCloseTo(100 / 500, 5); // year 1: ages 3..6 = 200 (from 0-2), 100, 100, 100
    expect(shares[2]).toBeCloseTo(100 / 700, 5); // year 3: three large cohorts, the last small one is 6
    expect(shares[3]).toBeCloseTo(0.25, 5); // year 4: the large cohorts fill 3..6 evenly
  });

  it('never uses a profile from after the origin', () => {
    const profiles = [
      { ...even, year: 2009 },
      { ...even, year: 2019 },
    ];
    expect(profileAt(profiles, 2015).year).toBe(2009);
    expect(profileAt(profiles, 2021).year).toBe(2019);
  });
});
