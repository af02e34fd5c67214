import 'server-only';
import { z } from 'zod';
import { params } from '../http/respond';

/** Query parameters shared by the wellbeing routes and pages (the API refuses bad ones; pages fall back). */
export const wellbeingParams = {
  year: params.year,
  horizon: z.coerce.number().int().min(1).max(5),
  outcome: z.string().regex(/^[a-z][a-z0-9_]{2,80}$/, 'an indicator id'),
  municipality: params.municipality,
  area: z.string().regex(/^(\d{3}|\d{5})$/, 'a three-digit municipality code or a five-digit postal code'),
  codes: z
    .string()
    .regex(/^\d{3}(,\d{3}){0,5}$/, 'up to six three-digit municipality codes, comma-separated')
    .transform((s) => s.split(',')),
};
