import { describe, expect, it } from 'vitest';
import { computePlan } from '../planning/engine';
import type { PlanRow } from '../planning/plan-types';
import { fixtureInputs } from '../../tests/builders/plan-fixtures';
import { disclosePlanRow, SUM_RELATIONS } from './disclose-plan';

const row = (over: Partial<PlanRow>): PlanRow => ({ ...computePlan(fixtureInputs())[0], ...over });

describe('disclosure control of plan rows', () => {
  it('a demand below 5 is withheld with every figure that would give it back', () => {
    const d = disclosePlanRow(row({ demandTotal: 3.2, gapPlaces: -40, staffFte: 1.2, rag: 'green' }));
    expect(d.demandTotal).toBeNull();
    expect(d.gapPlaces).toBeNull();
    expect(d.staffFte).toBeNull();
    expect(d.rag).toBeNull();
    expect(d.withheld?.demandTotal).toBe('small');
  });

  it('places of units are not child counts and stay shown', () => {
    const d = disclosePlanRow(row({ demandTotal: 3.2, capacityTotal: 40 }));
    expect(d.capacityTotal).toBe(40);
  });

  it('a withheld part cannot be recovered by subtracting the shown parts from the total', () => {
    // 47.82 - 13.47 - 31.12 = 3.23: the case found in the field.
    const d = disclosePlanRow(
      row({ demandTotal: 47.82, demandUnder3: 3.23, demand3plusFullday: 31.12, demand3plusPartday: 13.47 }),
    );
    expect(d.demandTotal).toBe(47.82);
    expect(d.demandUnder3).toBeNull();
    expect(d.demand3plusPartday).toBeNull();
    expect(d.demand3plusFullday).toBe(31.12);
  });

  it('in every disclosed row of a plan, no shown total minus its shown parts leaves a withheld part', () => {
    const plan = computePlan(fixtureInputs()).map((r) => ({ ...r, demandUnder3: 2.5 }));
    const disclosed = plan.map((r) => disclosePlanRow(r));
    const derivable = disclosed.filter((d) =>
      SUM_RELATIONS.some(([total, parts]) => d[total] !== null && parts.filter((p) => d[p] === null).length === 1),
    );
    expect(disclosed.filter((d) => d.withheld?.demandUnder3).length).toBe(plan.length);
    expect(derivable).toEqual([]);
  });

  it('a configured threshold of 10 withholds a demand of 8', () => {
    expect(disclosePlanRow(row({ demandTotal: 8 }), 10).demandTotal).toBeNull();
    expect(disclosePlanRow(row({ demandTotal: 8 })).demandTotal).toBe(8);
  });
});
