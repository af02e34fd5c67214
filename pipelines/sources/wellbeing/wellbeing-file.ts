import { z } from 'zod';
import type { SourceLicence } from '../../core/source';

/**
 * Shared pieces of the wellbeing sources: the Diak "Huono-osaisuus Suomessa" files (THL Sotkanet
 * indicators processed by Diakonia-ammattikorkeakoulu) under any folder below `wellbeing/`.
 */
export const DIAK_LICENCE: SourceLicence = {
  licence: 'CC BY 4.0',
  attribution:
    'Source: THL, Sotkanet.fi (indicators); processing: Diakonia-ammattikorkeakoulu, Huono-osaisuus Suomessa -karttasovellus',
};

/** Recognises a wellbeing raw file by the pattern of its name, gzipped or not, wherever it sits under wellbeing/. */
export const wellbeingFile =
  (name: RegExp) =>
  (relPath: string): boolean =>
    /(^|\/)wellbeing\//.test(relPath) && name.test(relPath.slice(relPath.lastIndexOf('/') + 1).replace(/\.gz$/, ''));

/** The area levels of the Diak files; only municipalities ('Kunnat') are stored (see diak-index-series.ts). */
export const regioLevelSchema = z.enum(['Kunnat', 'Seutukunnat', 'Hyvinvointialueet', 'Maakunnat'], {
  error: (issue) =>
    `unknown area level '${String(issue.input)}' (expected Kunnat, Seutukunnat, Hyvinvointialueet or Maakunnat)`,
});

/** A year written by R as a number ("2011.0"): a whole year, never a fraction. */
export const wholeYearSchema = z
  .string()
  .regex(/^\d{4}(\.0+)?$/, 'expected a whole year such as 2011 or 2011.0')
  .transform((s) => Number(s))
  .pipe(z.number().int().min(1900).max(2100));

/** Municipality number as the Diak files give it (91 for Helsinki): padded to the warehouse's 3 digits. */
export const municipalityNumberSchema = z
  .string()
  .regex(/^\d{1,3}$/, 'expected a municipality number of 1-3 digits')
  .transform((s) => s.padStart(3, '0'));
