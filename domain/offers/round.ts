import { z } from 'zod';
import { localDateSchema } from './local-date';
import { weightsSchema } from './weights';

/**
 * An offer round: who is in it, when answers are due, how long its personal data is kept and what the
 * decisions tell families about appeals. Pre-school rounds cover the cohort that starts in August of the
 * start year; ECE rounds (the city's KASKO plan) open with an advance survey to families of children who
 * reach a configured age or whose family leave ends, and feed the answers to the same engine.
 */
export const ROUND_KINDS = ['preschool', 'ece'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

const text = (max: number) => z.string().trim().min(1).max(max);

/** The appeal instructions the city writes, in each language (shown on every decision). */
export const appealSchema = z.strictObject({ fi: text(4000), sv: text(4000), en: text(4000) });
export type AppealInstructions = z.infer<typeof appealSchema>;

export const DEFAULT_APPEAL: AppealInstructions = {
  fi: 'Päätökseen tyytymätön voi hakea oikaisua 14 päivän kuluessa päätöksen tiedoksisaannista. Oikaisuvaatimus tehdään kirjallisesti kaupungin kirjaamoon; siinä on ilmoitettava päätös, johon haetaan oikaisua, miten sitä halutaan muutettavaksi ja millä perusteilla.',
  sv: 'Den som är missnöjd med beslutet kan begära omprövning inom 14 dagar från att ha fått del av beslutet. Begäran om omprövning görs skriftligen till stadens registratorskontor; den ska ange beslutet, hur man vill att det ändras och på vilka grunder.',
  en: 'If you are not satisfied with the decision, you may request a review (oikaisuvaatimus) within 14 days of receiving it. Send the request in writing to the city registry, stating the decision, how you want it changed and why.',
};

export const roundSettingsSchema = z
  .strictObject({
    kind: z.enum(ROUND_KINDS),
    name: text(120),
    municipalityCode: z.string().regex(/^\d{3}$/, 'a three-digit municipality code'),
    /** August of this year the pre-school (or ECE) year starts. */
    startYear: z.number().int().min(2000).max(2100),
    /** The two-year pre-school option: five-year-olds join the cohort. */
    twoYearPreschool: z.boolean().default(false),
    answerDeadline: localDateSchema,
    /** Personal data of the round is deleted after this day (store/offers-retention.ts). */
    retentionEnd: localDateSchema,
    appeal: appealSchema.default(DEFAULT_APPEAL),
    /** The office that signs the decisions ("Varhaiskasvatuksen palveluohjaus"). */
    decisionMaker: text(200).default('Varhaiskasvatus ja esiopetus / palveluohjaus'),
    weights: weightsSchema.default(weightsSchema.parse({})),
    /** ECE rounds: children reaching this age (years) in the start year are surveyed. */
    eceAge: z.number().int().min(0).max(5).optional(),
    surveyDeadline: localDateSchema.optional(),
  })
  .refine((r) => r.retentionEnd > r.answerDeadline, {
    path: ['retentionEnd'],
    message: 'the retention period must end after the answer deadline',
  })
  .refine((r) => r.kind === 'preschool' || r.eceAge !== undefined, {
    path: ['eceAge'],
    message: 'an ECE round names the age of the children it offers places to',
  });
export type RoundSettings = z.output<typeof roundSettingsSchema>;

/** The default end of retention: the end of the pre-school year (31 July of the next year). */
export const defaultRetentionEnd = (startYear: number): string => `${startYear + 1}-07-31`;
