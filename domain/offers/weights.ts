import { z } from 'zod';

/**
 * The preferences of the proposal engine, as costs in kilometre-equivalents, in the order the city applies
 * them: keeping a child in the current unit, then with a sibling, then a short walk (a penalty beyond the
 * 5 km free-transport limit, Perusopetuslaki 32 §), then a smooth path to school, then few empty places in
 * the groups a unit has to open. The defaults make each outweigh everything after it: 100 km-equivalents
 * for continuity beat any walk within a city; one empty place costs 0.15, a whole group of 13 under 2 km.
 * A city changes them per round (the schema refuses an order that contradicts itself).
 */
export const weightsSchema = z
  .strictObject({
    /** Cost of not continuing in the current unit (when it offers pre-school in the child's language). */
    continuity: z.number().min(0).max(10_000).default(100),
    /** Cost of not going to the sibling's unit (when it offers pre-school in the child's language). */
    sibling: z.number().min(0).max(10_000).default(40),
    /** Cost per kilometre from home (great-circle distance). */
    distancePerKm: z.number().min(0).max(100).default(1),
    /** Extra cost of a place beyond the free-transport limit (the city pays the transport). */
    beyondTransportLimit: z.number().min(0).max(1_000).default(10),
    transportLimitKm: z.number().positive().max(50).default(5),
    /**
     * "A smooth path to school": a unit in the child's own postal area is taken as one on the way to the
     * neighbourhood school (school catchments are not open data; a city with its own key can say so).
     */
    otherPostalArea: z.number().min(0).max(100).default(0.3),
    /** Cost per empty place in the groups opened at a unit. */
    emptyPlace: z.number().min(0).max(100).default(0.15),
    /** Children per pre-school group: one teacher per 13 (Decree 753/2018 1 §). */
    groupSize: z.number().int().min(1).max(30).default(13),
    /** Cost of each step down the family's list of wished units (wish 1 costs nothing). */
    wishStep: z.number().min(0).max(1_000).default(20),
    /** Cost of a place that is none of the family's wishes. */
    wishMissed: z.number().min(0).max(10_000).default(80),
    /** Continuity counts this much more for a child with special needs (their support plan is in that unit). */
    specialNeedsContinuity: z.number().min(1).max(10).default(1.5),
    /** A child without a place costs more than any walk. */
    unplaced: z.number().min(1).max(1_000_000).default(1_000),
    /** Units considered per child (the nearest eligible ones, plus current, sibling's and wished units). */
    candidateUnits: z.number().int().min(2).max(200).default(12),
  })
  .refine((w) => w.continuity >= w.sibling, {
    path: ['sibling'],
    message: 'continuity comes before siblings: the sibling weight cannot exceed the continuity weight',
  })
  .refine((w) => w.unplaced > w.continuity + w.sibling, {
    path: ['unplaced'],
    message: 'a child without a place must cost more than losing continuity and siblings together',
  });
export type Weights = z.output<typeof weightsSchema>;

export const DEFAULT_WEIGHTS: Weights = weightsSchema.parse({});
