import { z } from 'zod';
import { idSchema } from './cohort-row';

/**
 * One row of eVaka's "future preschoolers" report export (Esiopetusoppilaat_rakenne.csv: semicolon-
 * separated, byte-order mark, dates dd.MM.yyyy), the cohort file cities running eVaka already have:
 * lapsen_id;lapsen_sukunimi;lapsen_etunimi;lapsen_syntyma_pvm;lapsen_kieli;lapsen_osoite;postinumero;
 * toimipaikka;toimintayksikon_id;toimintayksikon_nimi;ominaisuudet. It has no coordinates and no guardians'
 * contacts: homes are placed inside the postal area (and marked so) and families get a letter.
 */
export const EVAKA_COLUMNS = [
  'lapsen_id',
  'lapsen_sukunimi',
  'lapsen_etunimi',
  'lapsen_syntyma_pvm',
  'lapsen_kieli',
  'lapsen_osoite',
  'postinumero',
  'toimipaikka',
  'toimintayksikon_id',
  'toimintayksikon_nimi',
  'ominaisuudet',
] as const;

const finnishDate = z
  .string()
  .trim()
  .regex(/^\d{1,2}\.\d{1,2}\.\d{4}$/, 'expected a date such as 14.03.2021')
  .transform((s, ctx) => {
    const [d, m, y] = s.split('.').map(Number);
    const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const date = new Date(`${iso}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.getUTCDate() !== d) {
      ctx.addIssue({ code: 'custom', message: `no such date: ${s}` });
      return z.NEVER;
    }
    return iso;
  });

export const evakaRowSchema = z.object({
  lapsen_id: idSchema,
  lapsen_sukunimi: z.string().trim().max(200),
  lapsen_etunimi: z.string().trim().max(200),
  lapsen_syntyma_pvm: finnishDate,
  lapsen_kieli: z.string().trim().toLowerCase().max(10),
  lapsen_osoite: z.string().trim().max(300),
  postinumero: z
    .string()
    .trim()
    .regex(/^\d{5}$/, 'expected a 5-digit postal code'),
  toimipaikka: z.string().trim().max(100),
  toimintayksikon_id: z.string().trim().max(64),
  toimintayksikon_nimi: z.string().trim().max(300),
  ominaisuudet: z
    .string()
    .trim()
    .transform((s) =>
      s
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    ),
});
export type EvakaRow = z.output<typeof evakaRowSchema>;

/** Pre-school is taught in Finnish or Swedish: a Swedish-speaking child gets Swedish, everyone else Finnish. */
export const educationLanguageOf = (lang: string): 'fi' | 'sv' => (lang === 'sv' ? 'sv' : 'fi');
/** The guardians' language for messages: Finnish, Swedish, or English for every other language. */
export const guardianLanguageOf = (lang: string): 'fi' | 'sv' | 'en' =>
  lang === 'sv' ? 'sv' : lang === 'fi' ? 'fi' : 'en';
