import { z } from 'zod';
import { appealSchema } from '../../domain/offers/round';
import { MOVE_REASONS } from '../../domain/offers/rules';
import { weightsSchema } from '../../domain/offers/weights';
import { localDateSchema } from '../../domain/offers/local-date';

/** The bodies the offer API takes (parsed at the edge; unknown keys are refused). */
export const roundIdSchema = z.coerce.number().int().min(1).max(2_000_000_000);

export const createRoundSchema = z.strictObject({
  kind: z.enum(['preschool', 'ece']).default('preschool'),
  name: z.string().trim().min(1).max(120),
  municipalityCode: z
    .string()
    .regex(/^\d{3}$/)
    .optional(),
  startYear: z.coerce.number().int().min(2000).max(2100),
  answerDeadline: localDateSchema,
  retentionEnd: localDateSchema.optional(),
  twoYearPreschool: z.boolean().default(false),
  eceAge: z.coerce.number().int().min(0).max(5).optional(),
  surveyDeadline: localDateSchema.optional(),
  appeal: appealSchema.optional(),
  decisionMaker: z.string().trim().min(1).max(200).optional(),
  weights: weightsSchema.optional(),
});

export const cohortImportSchema = z.discriminatedUnion('source', [
  z.strictObject({
    source: z.literal('csv'),
    fileName: z.string().max(200).default('cohort.csv'),
    text: z.string().max(20_000_000),
  }),
  z.strictObject({
    source: z.literal('evaka'),
    fileName: z.string().max(200).default('Esiopetusoppilaat_rakenne.csv'),
    text: z.string().max(20_000_000),
  }),
  z.strictObject({
    source: z.literal('synthetic'),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31)
      .optional(),
    total: z.number().int().min(1).max(50_000).optional(),
  }),
]);

export const proposeSchema = z.strictObject({ second: z.boolean().default(false) });

export const moveSchema = z.strictObject({
  unitId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/),
  reason: z.enum(MOVE_REASONS),
  note: z.string().trim().max(500).optional(),
  pin: z.boolean().default(true),
});

export const sendSchema = z.strictObject({ what: z.enum(['survey', 'offers', 'reminders', 'deliver', 'retry']) });

export const repliesImportSchema = z.strictObject({
  fileName: z.string().max(200).default('replies.csv'),
  text: z.string().max(5_000_000),
});

export const resolveSchema = z.strictObject({
  resolution: z.enum(['accept', 'transfer', 'decline', 'ignore']),
  childId: z.string().max(64).optional(),
});

export const decideSchema = z.strictObject({ step: z.enum(['expire', 'decide']) });

export const gatewayReplySchema = z.strictObject({
  text: z.string().max(2000),
  from: z.string().max(40).optional(),
  receivedAt: z.iso.datetime({ offset: true }).optional(),
});
