import { z } from 'zod';
import { AppError } from '../errors';

/**
 * Every environment variable the product reads, parsed once with one schema. A missing variable takes
 * its default; a broken one (a port that is not a number, a municipality code of two digits) stops the
 * command at once with a line naming the variable, instead of failing later somewhere unexpected.
 */
const flag = z.enum(['0', '1']).transform((v) => v === '1');
const nonEmpty = z.string().trim().min(1);
/** An empty variable (`FOO=` in a shell or a unit file) means "not set". */
const unsetIfEmpty = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (v === '' ? undefined : v), schema);

export const envSchema = z.object({
  /** The open-data warehouse (built by ingest, swapped in whole). */
  TILANNEHUONE_DB: nonEmpty.default('data/warehouse.duckdb'),
  /** Forecasts, backtests, model registry and plans (written by jobs); default: beside the warehouse. */
  TILANNEHUONE_DERIVED: unsetIfEmpty(nonEmpty.optional()),
  /** The raw open-data folder (a municipality may point at its own copy). */
  TILANNEHUONE_RAW: nonEmpty.default('data/raw'),
  /** A city's PostgreSQL server for everything users write; without it an embedded server runs. */
  DATABASE_URL: unsetIfEmpty(
    z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// or postgresql:// URL')
      .optional(),
  ),
  /** Data folder of the embedded PostgreSQL server; default: data/appdb beside the warehouse. */
  TILANNEHUONE_APPDB: unsetIfEmpty(nonEmpty.optional()),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  /** The municipality the product opens with and reports its own accuracy for (Helsinki by default). */
  TILANNEHUONE_MUNICIPALITY: z
    .string()
    .regex(/^\d{3}$/, 'expected a three-digit municipality code such as 091')
    .default('091'),
  /** Counts below this are shown as "< N" (never fewer than 3: a pair of families must not be visible). */
  TILANNEHUONE_SMALL_COUNT: z.coerce.number().int().min(3).max(100).default(5),
  /** `npm start` without the first-run training (tests and demos that bring their own model). */
  TILANNEHUONE_SKIP_TRAIN: flag.default(false),
  /** A fixed "today" (YYYY-MM-DD) so tests and demos do not depend on the calendar. */
  TILANNEHUONE_TODAY: unsetIfEmpty(z.iso.date().optional()),
  /** A map tile URL template; the map draws without tiles by default (offline). */
  TILANNEHUONE_TILE_URL: unsetIfEmpty(
    z
      .string()
      .regex(/^https?:\/\/\S+\{z\}\S*$/, 'expected an http(s) URL template with {z}, {x} and {y}')
      .optional(),
  ),
  TILANNEHUONE_TILE_ATTRIBUTION: unsetIfEmpty(z.string().max(300).optional()),
  /** The address people open the product at (https://tilannehuone.kunta.fi): sign-in redirects, allowed host. */
  TILANNEHUONE_PUBLIC_URL: unsetIfEmpty(z.url({ protocol: /^https?$/ }).optional()),
  /** Host names requests may name besides the public URL's (comma-separated); localhost always works. */
  TILANNEHUONE_HOSTS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^[a-z0-9.-]+$|^\[[0-9a-f:]+\]$/, 'host names without ports, comma-separated'))),
  /** A signed-in session ends after this many idle minutes, and at the latest after so many hours. */
  TILANNEHUONE_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(60),
  TILANNEHUONE_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(10),
  /** Failed sign-ins in 15 minutes before an account, or an address, has to wait. */
  TILANNEHUONE_LOGIN_ATTEMPTS: z.coerce.number().int().min(3).max(1000).default(5),
  TILANNEHUONE_LOGIN_ATTEMPTS_PER_ADDRESS: z.coerce.number().int().min(3).max(10_000).default(50),
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (set only by the proxy). */
  TILANNEHUONE_TRUST_PROXY: flag.default(false),
  /** The city's OpenID Connect provider (Entra ID and the like): issuer, client id and secret. */
  TILANNEHUONE_OIDC_ISSUER: unsetIfEmpty(z.url().optional()),
  TILANNEHUONE_OIDC_CLIENT_ID: unsetIfEmpty(nonEmpty.optional()),
  TILANNEHUONE_OIDC_CLIENT_SECRET: unsetIfEmpty(nonEmpty.optional()),
  /** Provider groups that grant roles: `role=group,group;role=group` (e.g. `planner=TH-Planners;admin=TH-Admins`). */
  TILANNEHUONE_OIDC_ROLE_GROUPS: z.string().default(''),
  /** Allow an http:// provider (the tests' local provider only). */
  TILANNEHUONE_OIDC_ALLOW_HTTP: flag.default(false),
  /** Offer rounds (docs/offers.md): the default sender writes messages here (beside the warehouse by default). */
  TILANNEHUONE_OFFERS_OUTBOX: unsetIfEmpty(nonEmpty.optional()),
  /** E-mail of offers: 'file' (the outbox folder) or 'smtp' (TILANNEHUONE_SMTP_URL). */
  TILANNEHUONE_OFFERS_EMAIL: z.enum(['file', 'smtp']).default('file'),
  TILANNEHUONE_SMTP_URL: unsetIfEmpty(
    z
      .string()
      .regex(/^smtps?:\/\//, 'expected smtp:// or smtps://')
      .optional(),
  ),
  TILANNEHUONE_SMTP_FROM: unsetIfEmpty(z.string().max(200).optional()),
  /** Text messages of offers: 'file' (the outbox folder) or 'http' (an SMS gateway's JSON endpoint). */
  TILANNEHUONE_OFFERS_SMS: z.enum(['file', 'http']).default('file'),
  TILANNEHUONE_SMS_GATEWAY_URL: unsetIfEmpty(z.url({ protocol: /^https?$/ }).optional()),
  TILANNEHUONE_SMS_GATEWAY_TOKEN: unsetIfEmpty(nonEmpty.optional()),
  /** Letters of offers: 'file' (a print folder) or 'suomifi' (Suomi.fi Messages, a documented plug). */
  TILANNEHUONE_OFFERS_LETTERS: z.enum(['file', 'suomifi']).default('file'),
  /** The secret an SMS gateway sends (Authorization: Bearer) with replies to POST /api/offers/{id}/reply. */
  TILANNEHUONE_OFFERS_REPLY_TOKEN: unsetIfEmpty(z.string().min(32, 'at least 32 characters').optional()),
});
export type Env = z.infer<typeof envSchema>;

/** The parsed environment; tests pass their own. Not cached: tests change process.env, parsing costs microseconds. */
export function readEnv(env: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('bad_request', `environment variable ${String(issue.path[0])}: ${issue.message}`);
  }
  return parsed.data;
}
