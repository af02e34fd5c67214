import { z } from 'zod';

/** A username: lower case, 2-64 characters; the same rule for the sign-in form, the CLI and the store. */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._@-]{1,63}$/, '2-64 letters, digits or . _ @ -, starting with a letter or digit');
