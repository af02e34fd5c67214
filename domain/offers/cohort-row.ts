import { z } from 'zod';
import type { CohortChild } from './cohort-child';

/**
 * One row of the documented cohort CSV (docs/offers.md; the contract of `npm run offers -- propose`):
 * `child_id,birth_year,postal_code,lon,lat,language,current_unit_id,sibling_unit_id,special_needs,
 * shift_care,guardian_language,guardian_phone,guardian_email`. Cells are text; every rule here turns a
 * bad cell into one `file:line:field: reason` line (the reader adds file and line).
 */
export const COHORT_COLUMNS = [
  'child_id',
  'birth_year',
  'postal_code',
  'lon',
  'lat',
  'language',
  'current_unit_id',
  'sibling_unit_id',
  'special_needs',
  'shift_care',
  'guardian_language',
  'guardian_phone',
  'guardian_email',
] as const;
export type CohortColumn = (typeof COHORT_COLUMNS)[number];

export const idSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/, 'expected 1-64 letters, digits, _ . : -');

const optionalId = z
  .string()
  .trim()
  .transform((s, ctx) => {
    if (s === '') return null;
    const parsed = idSchema.safeParse(s);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: parsed.error.issues[0].message });
      return z.NEVER;
    }
    return parsed.data;
  });

const coordinate = (what: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, `${what}: expected a decimal number with a point`)
    .transform(Number)
    .refine((v) => v >= min && v <= max, `${what} outside Finland (${min}..${max})`);

const flag = z.enum(['true', 'false'], { error: "expected 'true' or 'false'" }).transform((s) => s === 'true');

/**
 * A phone number for text messages, normalised to international form: `040 123 4567` and `+358 40 123
 * 4567` are the same number. Anything that is not 7-15 digits after the country code is refused. A
 * leading apostrophe is ignored: spreadsheets (and this product's CSV writer) put one before a `+` so
 * the cell is not taken for a formula.
 */
export function normalisePhone(raw: string): string | null {
  const compact = raw.replace(/^'/, '').replace(/[\s().-]/g, '');
  const international = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  const full = international.startsWith('0') ? `+358${international.slice(1)}` : international;
  return /^\+[1-9]\d{6,14}$/.test(full) ? full : null;
}

export const phoneSchema = z
  .string()
  .trim()
  .transform((s, ctx) => {
    if (s === '') return null;
    const phone = normalisePhone(s);
    if (!phone) {
      ctx.addIssue({ code: 'custom', message: 'expected a phone number such as +358401234567 or 040 123 4567' });
      return z.NEVER;
    }
    return phone;
  });

export const emailSchema = z
  .string()
  .trim()
  .transform((s, ctx) => {
    if (s === '') return null;
    const parsed = z.email().max(254).safeParse(s);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: 'expected an e-mail address' });
      return z.NEVER;
    }
    return parsed.data;
  });

export const cohortRowSchema = z.object({
  child_id: idSchema,
  birth_year: z
    .string()
    .trim()
    .regex(/^\d{4}$/, 'expected a four-digit year')
    .transform(Number),
  postal_code: z
    .string()
    .trim()
    .regex(/^\d{5}$/, 'expected a 5-digit postal code'),
  lon: coordinate('longitude', 19, 32),
  lat: coordinate('latitude', 59, 71),
  language: z.enum(['fi', 'sv'], { error: "expected 'fi' or 'sv' (the language of pre-school education)" }),
  current_unit_id: optionalId,
  sibling_unit_id: optionalId,
  special_needs: flag,
  shift_care: flag,
  guardian_language: z.enum(['fi', 'sv', 'en'], { error: "expected 'fi', 'sv' or 'en'" }),
  guardian_phone: phoneSchema,
  guardian_email: emailSchema,
});
export type CohortRow = z.output<typeof cohortRowSchema>;

export const toCohortChild = (r: CohortRow, synthetic = false): CohortChild => ({
  childId: r.child_id,
  birthYear: r.birth_year,
  postalCode: r.postal_code,
  lon: r.lon,
  lat: r.lat,
  located: 'coordinates',
  language: r.language,
  currentUnitId: r.current_unit_id,
  siblingUnitId: r.sibling_unit_id,
  specialNeeds: r.special_needs,
  shiftCare: r.shift_care,
  guardianLanguage: r.guardian_language,
  guardianPhone: r.guardian_phone,
  guardianEmail: r.guardian_email,
  name: null,
  birthDate: null,
  synthetic,
});

/**
 * Who belongs to the pre-school cohort of a start year: children born six years earlier, and with the
 * two-year pre-school option (or extended compulsory education, which starts pre-school at five) also
 * those born five years earlier. Returns the reason a birth year is refused, or null.
 */
export function cohortBirthYearProblem(birthYear: number, startYear: number, twoYear: boolean): string | null {
  if (birthYear === startYear - 6) return null;
  if (twoYear && birthYear === startYear - 5) return null;
  const expected = twoYear ? `${startYear - 6} or ${startYear - 5}` : `${startYear - 6}`;
  return `born ${birthYear}: the pre-school cohort of ${startYear} was born in ${expected}`;
}

/**
 * ECE rounds take children under school age whose family needs a place from the start year: born at most
 * six years before it (older children are in pre-school) and not after it.
 */
export function eceBirthYearProblem(birthYear: number, startYear: number): string | null {
  if (birthYear >= startYear - 6 && birthYear <= startYear) return null;
  return `born ${birthYear}: an ECE round of ${startYear} takes children born ${startYear - 6}-${startYear}`;
}
