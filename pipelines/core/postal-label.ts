import { z } from 'zod';

/**
 * The area label of PxWeb Paavo exports: "00100 Helsinki Keskusta - Etu-Töölö   (Helsinki" - padded
 * with spaces, and the closing parenthesis of the municipality is sometimes missing.
 */
const LABEL_RE = /^(\d{5})\s+(.*?)\s*\(\s*([^()]*?)\s*\)?\s*$/;

export const postalAreaLabelSchema = z.string().transform((raw, ctx) => {
  const m = LABEL_RE.exec(raw.trim());
  if (!m) {
    ctx.addIssue({ code: 'custom', message: `expected 'NNNNN Name (Municipality)', found '${raw}'` });
    return z.NEVER;
  }
  return { postalCode: m[1], name: m[2], municipalityName: m[3] };
});

export type PostalAreaLabel = z.output<typeof postalAreaLabelSchema>;

/** The whole-country row PxWeb puts first; it is a total, not an area. */
export const isCountryTotalLabel = (raw: string): boolean =>
  /^(Finland|KOKO MAA|Koko maa|Hela landet)$/.test(raw.trim());
