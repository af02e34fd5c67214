import { badRequest } from '../../core/errors';
import { z } from 'zod';

/**
 * A planner's "what if", as a JSON document validated here (CLI files, the warehouse `scenario` table,
 * later the web form). Every field is optional: `{ "name": "x" }` is the baseline under another name.
 * Demographic changes (births, migration, housing) act on forecast years only - history is observed.
 * Service changes (participation, ratios, space, substitutes) act from `fromYear`, by default from each
 * area's latest observed year ("now"), so the scenario shows on today's figures even before forecasts exist;
 * unit openings, closings and capacity changes carry their own years.
 */
const year = z.number().int().min(1990).max(2100);
const postalCode = z.string().regex(/^\d{5}$/, 'expected a 5-digit postal code');
const municipalityCode = z.string().regex(/^\d{3}$/, 'expected a 3-digit municipality code');
const count = z.number().int().min(0).max(10_000);

export const scenarioUnitSchema = z.object({
  unitId: z.string().min(1).max(64),
  nameFi: z.string().min(1).max(200),
  nameSv: z.string().max(200).optional(),
  postalCode,
  municipalityCode,
  lon: z.number().min(19).max(32),
  lat: z.number().min(59).max(71),
  capacityUnder3: count,
  capacity3plus: count,
  floorAreaM2: z.number().positive().max(100_000).optional(),
  openingYear: year,
  preschool: z.boolean().default(true),
});

export const scenarioSchema = z
  .object({
    name: z
      .string()
      .trim()
      .regex(/^[\p{L}\p{N}][\p{L}\p{N} _.-]{0,59}$/u, 'name: 1-60 letters, digits, space, _ . -')
      .refine((n) => n !== 'baseline', "'baseline' is reserved for the plan without changes"),
    description: z.string().max(2000).optional(),
    author: z.string().max(200).optional(),
    /** First year of the service changes (default: each area's latest observed year). */
    fromYear: year.optional(),
    /** Births after the forecast origin change by this percentage (cohorts born later scale). */
    births: z.object({ pct: z.number().min(-90).max(200) }).optional(),
    /** Net migration of children: child counts of the areas change by pctPerYear per forecast year, compounding. */
    migration: z
      .array(
        z.object({
          postalCode: postalCode.optional(),
          municipalityCode: municipalityCode.optional(),
          pctPerYear: z.number().min(-50).max(50),
        }),
      )
      .optional(),
    /** New housing completed in an area in a year: dwellings, or floor area converted at the area's mean dwelling size. */
    housing: z
      .array(
        z
          .object({
            postalCode,
            year,
            dwellings: z.number().int().min(0).max(100_000).optional(),
            floorAreaM2: z.number().min(0).max(10_000_000).optional(),
          })
          .refine(
            (h) => (h.dwellings === undefined) !== (h.floorAreaM2 === undefined),
            'give either dwellings or floorAreaM2',
          ),
      )
      .optional(),
    /** Participation change in percentage points by single age, from a year on (all years when omitted). */
    participation: z
      .array(
        z.object({
          age: z.number().int().min(0).max(6),
          pp: z.number().min(-100).max(100),
          fromYear: year.optional(),
          municipalityCode: municipalityCode.optional(),
        }),
      )
      .optional(),
    units: z
      .object({
        open: z.array(scenarioUnitSchema).optional(),
        close: z.array(z.object({ unitId: z.string().min(1), year })).optional(),
        capacity: z
          .array(
            z.object({
              unitId: z.string().min(1),
              year,
              under3Delta: z.number().int().min(-10_000).max(10_000).default(0),
              plus3Delta: z.number().int().min(-10_000).max(10_000).default(0),
            }),
          )
          .optional(),
      })
      .optional(),
    /** Ratio policy: children per educator (e.g. 8 instead of 7 for full-day 3+). */
    ratios: z
      .object({
        under3: z.number().min(1).max(20).optional(),
        fullDay3plus: z.number().min(1).max(30).optional(),
        partDay3plus: z.number().min(1).max(40).optional(),
      })
      .optional(),
    m2PerChild: z.number().positive().max(50).optional(),
    substituteFactor: z.number().min(1).max(2).optional(),
    walkingDistanceKm: z.number().positive().max(50).optional(),
  })
  .strict();

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;

/** Parses a scenario document; the first problem becomes one readable line (`path: reason`). */
export function parseScenario(input: unknown, origin = 'scenario'): Scenario {
  const result = scenarioSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw badRequest(`${origin}: ${issue.path.join('.') || 'document'}: ${issue.message}`);
}
