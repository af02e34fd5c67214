import { z } from 'zod';
import { idSchema } from './cohort-row';
import { localDateSchema } from './local-date';

/**
 * The advance survey of an ECE round: before the city proposes, families say when they need a place,
 * for how many hours a day and which units they would like (at most three, best first). The answers go to
 * the same engine as a pre-school cohort: wishes become preferences, shift care a hard constraint.
 */
export const surveyAnswerSchema = z
  .strictObject({
    desiredStartDate: localDateSchema,
    /** Hours a day in ECE: over 5 h is full-day care (Act 540/2018, the ratios of Decree 753/2018 differ). */
    dailyHours: z.number().min(1).max(12).multipleOf(0.5),
    wishes: z.array(idSchema).max(3).default([]),
    shiftCare: z.boolean().default(false),
    language: z.enum(['fi', 'sv']),
  })
  .refine((a) => new Set(a.wishes).size === a.wishes.length, {
    path: ['wishes'],
    message: 'each unit may be wished for once',
  });
export type SurveyAnswer = z.output<typeof surveyAnswerSchema>;

/** Full-day care (over 5 hours) or part-day: the unit's places are counted the same, the staff differ. */
export const isFullDay = (a: Pick<SurveyAnswer, 'dailyHours'>): boolean => a.dailyHours > 5;
