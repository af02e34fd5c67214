import { z } from 'zod';
import type { EceUnit } from '../../../domain/planning/unit';
import { yearSchema } from '../../core/values';

/**
 * One row of the ECE units registry CSV (format: docs/planning.md). Every column is required in the
 * header; empty cells are allowed only for name_sv, floor_area_m2 and closing_year.
 */

/** An empty cell is null; anything else must pass `schema` (its message becomes the row's error). */
const optional = <O>(schema: z.ZodType<O>) =>
  z
    .string()
    .trim()
    .transform((s, ctx): O | null => {
      if (s === '') return null;
      const parsed = schema.safeParse(s);
      if (parsed.success) return parsed.data;
      ctx.addIssue({ code: 'custom', message: parsed.error.issues[0].message });
      return z.NEVER;
    });
const decimal = (what: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, `${what}: expected a decimal number with a point`)
    .transform(Number)
    .refine((v) => v >= min && v <= max, `${what} outside Finland (${min}..${max})`);
const places = z
  .string()
  .trim()
  .refine((s) => !/^-\d/.test(s), 'capacity cannot be negative')
  .refine((s) => /^\d+$/.test(s), 'expected a whole number of places')
  .transform(Number);
const flag = z.enum(['true', 'false'], { error: "expected 'true' or 'false'" }).transform((s) => s === 'true');

export const unitRowSchema = z
  .object({
    unit_id: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/, 'expected 1-64 letters, digits, _ . : -'),
    name_fi: z.string().trim().min(1, 'empty name'),
    name_sv: optional(z.string()),
    language: z.enum(['fi', 'sv', 'en', 'other'], { error: "expected 'fi', 'sv', 'en' or 'other'" }),
    provider: z.enum(['municipal', 'private'], { error: "expected 'municipal' or 'private'" }),
    lon: decimal('longitude', 19, 32),
    lat: decimal('latitude', 59, 71),
    postal_code: z
      .string()
      .trim()
      .regex(/^\d{5}$/, 'expected a 5-digit postal code'),
    municipality_code: z
      .string()
      .trim()
      .regex(/^\d{3}$/, 'expected a 3-digit municipality code'),
    capacity_under3: places,
    capacity_3plus: places,
    floor_area_m2: optional(
      z
        .string()
        .regex(/^\d+(\.\d+)?$/, 'expected a positive floor area in m2')
        .transform(Number)
        .refine((v) => v > 0, 'floor area must be positive'),
    ),
    opening_year: yearSchema,
    closing_year: optional(yearSchema),
    preschool: flag,
    synthetic: flag,
  })
  .refine((r) => r.closing_year === null || r.closing_year > r.opening_year, {
    path: ['closing_year'],
    message: 'closing year must come after the opening year',
  });

export type UnitRow = z.output<typeof unitRowSchema>;

export const toEceUnit = (r: UnitRow): EceUnit => ({
  unitId: r.unit_id,
  nameFi: r.name_fi,
  nameSv: r.name_sv,
  language: r.language,
  provider: r.provider,
  lon: r.lon,
  lat: r.lat,
  postalCode: r.postal_code,
  municipalityCode: r.municipality_code,
  capacityUnder3: r.capacity_under3,
  capacity3plus: r.capacity_3plus,
  floorAreaM2: r.floor_area_m2,
  openingYear: r.opening_year,
  closingYear: r.closing_year,
  preschool: r.preschool,
  synthetic: r.synthetic,
});
