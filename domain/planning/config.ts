import { z } from 'zod';

/**
 * Planning assumptions, per municipality with national defaults. Defaults are documented in
 * docs/planning.md with the data they come from; a municipality overrides only what it knows better
 * (e.g. its own part-day share). The CLI reads an optional JSON file of this shape (`--config`).
 */
const share = z.number().min(0).max(1);
const ageKey = z.enum(['0', '1', '2', '3', '4', '5', '6']);

export const trendSchema = z.object({
  /** Single ages whose participation follows the trend (1-2-year-olds: 41 % to 60 % in Helsinki 2012-2022). */
  ages: z.array(z.number().int().min(0).max(6)),
  /** Percentage points per year after the rate year (and before it, backwards). */
  ppPerYear: z.number().min(-10).max(10),
  /** The trend never takes a rate above this. */
  cap: share,
});

export const assumptionsSchema = z.object({
  /** Share of 3-5-year-olds in ECE for up to 5 h/day (ratio 1:13). Not in the shipped data: an assumption. */
  partDayShare: share,
  /** Share of 6-year-olds in pre-school (compulsory since 2015: practically all). */
  preschoolRate: share,
  trend: trendSchema,
  /** Area adjustment of 1-2-year-old participation by employment rate: elasticity and maximum deviation. */
  areaAdjustment: z.object({ elasticity: z.number().min(0).max(2), maxDeviation: z.number().min(0).max(0.5) }),
  /** Participation rates that replace the derived ones, by single age ('0'..'6'). */
  rates: z.partialRecord(ageKey, share).optional(),
});
export type Assumptions = z.infer<typeof assumptionsSchema>;

export const planningConfigSchema = z
  .object({
    defaults: assumptionsSchema.partial().optional(),
    /** Overrides per municipality code ('091' Helsinki). */
    municipalities: z
      .record(z.string().regex(/^\d{3}$/, 'expected a 3-digit municipality code'), assumptionsSchema.partial())
      .optional(),
    facilities: z
      .object({
        m2PerChild: z.number().positive().max(50),
        walkingDistanceKm: z.number().positive().max(50),
        preschoolTransportKm: z.number().positive().max(100),
        substituteFactor: z.number().min(1).max(2),
      })
      .partial()
      .optional(),
  })
  .strict();
export type PlanningConfig = z.infer<typeof planningConfigSchema>;

export const DEFAULT_ASSUMPTIONS: Assumptions = {
  partDayShare: 0.1,
  preschoolRate: 0.99,
  trend: { ages: [1, 2], ppPerYear: 1, cap: 0.85 },
  areaAdjustment: { elasticity: 0.18, maxDeviation: 0.1 },
};

export interface Facilities {
  /** Helsinki guidance: 8 m2 of floor area per child. */
  m2PerChild: number;
  /** Mean trip to the unit in Helsinki is about 1.1 km on foot. */
  walkingDistanceKm: number;
  /** Free pre-school transport applies above 5 km (Basic Education Act 628/1998 s. 32). */
  preschoolTransportKm: number;
  substituteFactor: number;
}

export const DEFAULT_FACILITIES: Facilities = {
  m2PerChild: 8,
  walkingDistanceKm: 1.5,
  preschoolTransportKm: 5,
  substituteFactor: 1.1,
};

/** Effective assumptions of one municipality: defaults, then the file's defaults, then its own overrides. */
export function assumptionsFor(config: PlanningConfig, municipalityCode: string): Assumptions {
  return { ...DEFAULT_ASSUMPTIONS, ...config.defaults, ...config.municipalities?.[municipalityCode] };
}

export function facilitiesOf(config: PlanningConfig): Facilities {
  return { ...DEFAULT_FACILITIES, ...config.facilities };
}
