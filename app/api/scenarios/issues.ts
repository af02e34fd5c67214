import type { z } from 'zod';

/** zod issues of a scenario document as field-level errors keyed by path ("births.pct", "housing.0.year"). */
export function fieldIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({
    path: i.path.join('.') || (i.code === 'unrecognized_keys' ? i.keys.join(',') : 'document'),
    message: i.message,
  }));
}
