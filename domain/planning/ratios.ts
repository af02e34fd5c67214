/**
 * Staff-to-child ratios and group sizes of Finnish early childhood education.
 *
 * - Act on Early Childhood Education and Care 540/2018, section 35, and Government Decree 753/2018,
 *   section 1: one educator per 4 children under 3; one per 7 children aged 3+ in care over 5 hours a day;
 *   one per 13 children aged 3+ in care up to 5 hours a day.
 * - Act 540/2018, section 36: a group may have at most as many children as three educators may care for
 *   under the ratios (12 under-3s, 21 full-day children aged 3+).
 * Pure arithmetic, no I/O; a scenario may change the ratios (e.g. a 1:8 policy) through `StaffPolicy`.
 */
export interface StaffPolicy {
  /** Children under 3 per educator (540/2018 s. 35, 753/2018 s. 1: 4). */
  under3: number;
  /** Children aged 3+ in care over 5 h/day per educator (7). */
  fullDay3plus: number;
  /** Children aged 3+ in care up to 5 h/day per educator (13). */
  partDay3plus: number;
  /** Educators' worth of children in one group (540/2018 s. 36: 3). */
  educatorsPerGroup: number;
  /** FTE per required educator, covering absences, holidays and training (substitutes). */
  substituteFactor: number;
}

export const LEGAL_POLICY: StaffPolicy = {
  under3: 4,
  fullDay3plus: 7,
  partDay3plus: 13,
  educatorsPerGroup: 3,
  substituteFactor: 1.1,
};

export interface ChildrenInCare {
  under3: number;
  fullDay3plus: number;
  partDay3plus: number;
}

// Floating sums such as 7/7 + 0/13 must not round 1.0000000002 up to 2 educators.
const EPSILON = 1e-9;
const ceilSafe = (x: number): number => Math.max(0, Math.ceil(x - EPSILON));

/** Educators' worth of children, unrounded: the sum of each child's share of an educator. */
export function educatorShares(children: ChildrenInCare, policy: StaffPolicy = LEGAL_POLICY): number {
  return (
    children.under3 / policy.under3 +
    children.fullDay3plus / policy.fullDay3plus +
    children.partDay3plus / policy.partDay3plus
  );
}

/**
 * Educators needed for children cared for together (one unit or a mixed group): the ratio applies to the
 * children present as a whole, so shares are summed before rounding up (4 under-3s + 7 full-day 3+ = 2).
 */
export function educatorsNeeded(children: ChildrenInCare, policy: StaffPolicy = LEGAL_POLICY): number {
  return ceilSafe(educatorShares(children, policy));
}

/**
 * Groups needed. By default under-3s form their own groups (12 children each under the legal ratio) and
 * children aged 3+ theirs (21 full-day, or the part-day equivalent); `mixed` lets ages share groups.
 */
export function groupsNeeded(
  children: ChildrenInCare,
  policy: StaffPolicy = LEGAL_POLICY,
  options: { mixed?: boolean } = {},
): number {
  const perGroup = policy.educatorsPerGroup;
  if (options.mixed) return ceilSafe(educatorShares(children, policy) / perGroup);
  const under3 = ceilSafe(children.under3 / policy.under3 / perGroup);
  const over3 = ceilSafe(
    (children.fullDay3plus / policy.fullDay3plus + children.partDay3plus / policy.partDay3plus) / perGroup,
  );
  return under3 + over3;
}

/** Full-time equivalents to employ for a number of educators present (substitute factor). */
export function staffFte(educators: number, policy: StaffPolicy = LEGAL_POLICY): number {
  return educators * policy.substituteFactor;
}

/** Largest group a policy allows, in children of one kind (12 under-3s, 21 full-day 3+, 39 part-day 3+). */
export function maxGroupSize(kind: keyof ChildrenInCare, policy: StaffPolicy = LEGAL_POLICY): number {
  return Math.floor(policy[kind] * policy.educatorsPerGroup + EPSILON);
}
