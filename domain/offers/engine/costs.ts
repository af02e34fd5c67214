import type { CostContext, EngineChild, EngineUnit } from './types';
import type { Weights } from '../weights';

/**
 * The cost of one child in one unit, in kilometre-equivalents (weights.ts says why each term weighs what
 * it does). Terms only apply where they can be met at all: continuity only when the current unit can teach
 * the child, and so on - otherwise every unit would pay the same constant and nothing would change.
 */
export function placementCost(
  child: EngineChild,
  unit: EngineUnit,
  km: number,
  weights: Weights,
  ctx: CostContext,
): number {
  let cost = weights.distancePerKm * km;
  if (km > weights.transportLimitKm) cost += weights.beyondTransportLimit;
  if (ctx.currentEligible && unit.unitId !== child.currentUnitId)
    cost += weights.continuity * (child.specialNeeds ? weights.specialNeedsContinuity : 1);
  if (ctx.siblingEligible && unit.unitId !== child.siblingUnitId) cost += weights.sibling;
  if (unit.postalCode !== child.postalCode) cost += weights.otherPostalArea;
  const wishes = child.wishes ?? [];
  if (wishes.length > 0) {
    const rank = wishes.indexOf(unit.unitId);
    cost += rank >= 0 ? rank * weights.wishStep : weights.wishMissed;
  }
  return cost;
}

/** Empty places in the groups a unit opens for `n` children. */
export const emptyPlaces = (n: number, groupSize: number): number =>
  n === 0 ? 0 : Math.ceil(n / groupSize) * groupSize - n;
