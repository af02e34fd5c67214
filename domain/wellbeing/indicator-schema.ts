import { z } from 'zod';

/**
 * One indicator of the wellbeing situation room, as data: what it measures for the index and the demand
 * models, where it comes from and how to read it. The catalogue (indicator-catalogue.json) is parsed with
 * this schema when the module loads, so a broken entry stops every command at once with the field named.
 */
export const ROLES = ['risk', 'resilience', 'outcome', 'context', 'summary'] as const;
export type IndicatorRole = (typeof ROLES)[number];

/**
 * The panels the data allow, each its own geography and years: the recent municipal panel (Diak indices
 * and StatFin key figures 2011-2017), the historical municipal panel (Sotkanet 1990-2012), the postal areas
 * (Paavo) and Helsinki's districts (the 2011 key figures, one cross-section).
 */
export const PANELS = ['municipal-recent', 'municipal-history', 'postal-areas', 'helsinki-districts'] as const;
export type PanelId = (typeof PANELS)[number];

export const GEOGRAPHIES = ['municipality', 'postal_area', 'district'] as const;
export type Geography = (typeof GEOGRAPHIES)[number];

const code = z.string().regex(/^[a-z][a-z0-9_]*$/, 'a lower_snake_case warehouse variable code');

/** The warehouse variable itself, or a share computed from published counts (numerator / denominator x scale). */
const valueSchema = z.union([
  z.strictObject({ variable: code }),
  z.strictObject({
    numerator: z.array(code).min(1),
    denominator: z.array(code).min(1),
    scale: z.number().positive(),
  }),
]);

export const indicatorSchema = z
  .strictObject({
    id: code,
    /** The source's own title (the Sotkanet title without its [CATEGORY] prefix): the CLI's `indicator`. */
    title: z.string().min(1),
    role: z.enum(ROLES),
    /** The corrective service an outcome measures (outcomes only). */
    service: z.enum(['child_welfare', 'child_psychiatry', 'social_assistance']).optional(),
    panel: z.enum(PANELS),
    geography: z.enum(GEOGRAPHIES),
    source: z.enum(['diak', 'sotkanet', 'statfin', 'paavo', 'helsinki_keyfigures']),
    /** Statistical years as shipped (window centres for the Diak 3-year windows). */
    years: z.strictObject({ from: z.number().int(), to: z.number().int() }),
    yearKind: z.enum(['statistical', 'window_centre']),
    direction: z.enum(['higher_is_worse', 'higher_is_better', 'neutral']),
    /** rate: a share or rate of people; index: a relative index (median area = 100); level: euros, m2, Gini. */
    unit: z.enum(['rate', 'index', 'level']),
    measure: z.enum(['percent', 'per_1000', 'index_median_100', 'eur', 'm2_per_person', 'gini_x100', 'years_x100']),
    value: valueSchema,
    /** Enters the risk-and-resilience index of its geography. */
    inIndex: z.boolean(),
    /** A rate of children (0-17): its implied count is disclosure-controlled like a count. */
    childRate: z.boolean().default(false),
    /** Why it is (not) used as it is, in one line (shown on the method page in English). */
    note: z.string().optional(),
  })
  .superRefine((v, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message, path: ['id'] });
    if ((v.role === 'outcome') !== (v.service !== undefined))
      issue(`${v.id}: an outcome, and only an outcome, names its service`);
    if (v.inIndex && v.role !== 'risk' && v.role !== 'resilience')
      issue(`${v.id}: only risk and resilience factors enter the index`);
    const expected =
      v.role === 'resilience' ? 'higher_is_better' : v.role === 'context' ? 'neutral' : 'higher_is_worse';
    if (v.direction !== expected) issue(`${v.id}: a ${v.role} indicator reads ${expected}`);
    if (v.years.from > v.years.to) issue(`${v.id}: years run backwards`);
  });

export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorValue = Indicator['value'];

export const catalogueSchema = z.array(indicatorSchema).superRefine((list, ctx) => {
  const seen = new Set<string>();
  for (const v of list) {
    if (seen.has(v.id)) ctx.addIssue({ code: 'custom', message: `duplicate indicator ${v.id}` });
    seen.add(v.id);
  }
});
