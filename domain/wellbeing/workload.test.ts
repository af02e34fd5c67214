import { describe, expect, it } from 'vitest';
import { childrenPerWorkerLimit, impliedClients, socialWorkersNeeded } from './workload';

describe('child-welfare workload (lastensuojelulaki 13 b §)', () => {
  it('allows at most 30 children per social worker from 2024 and 35 in 2022-2023', () => {
    expect(childrenPerWorkerLimit(2024)).toBe(30);
    expect(childrenPerWorkerLimit(2030)).toBe(30);
    expect(childrenPerWorkerLimit(2023)).toBe(35);
    expect(childrenPerWorkerLimit(2022)).toBe(35);
    expect(childrenPerWorkerLimit(2021)).toBeNull();
  });

  it('needs one social worker for 30 children and two for 31 in 2024', () => {
    expect(socialWorkersNeeded(30, 2024).workers).toBe(1);
    expect(socialWorkersNeeded(31, 2024).workers).toBe(2);
    expect(socialWorkersNeeded(35, 2023).workers).toBe(1);
  });

  it("measures a year before the act against today's 30, and says the limit was not statutory then", () => {
    expect(socialWorkersNeeded(10_564, 2011)).toEqual({
      year: 2011,
      children: 10_564,
      limit: 30,
      statutory: false,
      workers: 353,
    });
  });

  it('moves a count in proportion to the forecast index', () => {
    expect(impliedClients(300, 120, 132)).toBeCloseTo(330, 9);
    expect(impliedClients(300, 0, 132)).toBeNull();
  });
});
