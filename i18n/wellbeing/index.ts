// Relative imports: the unit tests (vitest) and the browser bundles resolve no "@/" alias either way.
import { formatNumber } from '../../core/format/number';
import type { Indicator } from '../../domain/wellbeing/indicator-schema';
import type { WellbeingStatus } from '../../domain/wellbeing/disclose-wellbeing';
import { localeOf, type Lang } from '../index';
import { en } from './en';
import { fi, type WellbeingDictionary } from './fi';
import { INDICATOR_LABELS_EN, INDICATOR_LABELS_FI, INDICATOR_LABELS_SV } from './indicator-labels';
import { sv } from './sv';

export type { WellbeingDictionary } from './fi';

const DICTIONARIES: Record<Lang, WellbeingDictionary> = { fi, sv, en };
const LABELS: Record<Lang, Record<string, string>> = {
  fi: INDICATOR_LABELS_FI,
  sv: INDICATOR_LABELS_SV,
  en: INDICATOR_LABELS_EN,
};

export const wellbeingDictionary = (lang: Lang): WellbeingDictionary => DICTIONARIES[lang];

/** The indicator's name in the reader's language (the id itself if a name were missing; a test forbids it). */
export const indicatorLabel = (lang: Lang, id: string): string => LABELS[lang][id] ?? id;

/** Digits that suit each measure: indices and percentages to one decimal, euros whole. */
const DIGITS: Record<Indicator['measure'], number> = {
  percent: 1,
  per_1000: 1,
  index_median_100: 0,
  eur: 0,
  m2_per_person: 1,
  gini_x100: 1,
  years_x100: 0,
};

/** A value with its unit ("12,3 %", "118", "21 400 €"); `extraDigits` shows small differences (the what-if). */
export function formatMeasure(lang: Lang, value: number, measure: Indicator['measure'], extraDigits = 0): string {
  const n = formatNumber(value, localeOf(lang), DIGITS[measure] + extraDigits);
  if (measure === 'percent') return `${n} %`;
  if (measure === 'eur') return `${n} €`;
  if (measure === 'per_1000') return `${n} ‰`;
  if (measure === 'm2_per_person') return `${n} m²`;
  return n;
}

/** Why a figure is not shown, in words ("population under 1000", "under 5", "suppressed"). */
export function statusText(lang: Lang, status: WellbeingStatus, limits: { minimum: number; small: number }): string {
  const t = DICTIONARIES[lang].status;
  if (status === 'under_minimum') return t.under_minimum(limits.minimum);
  if (status === 'small') return t.small(limits.small);
  if (status === 'suppressed' || status === 'missing') return t[status];
  return '';
}

/** An index value with a sign ("+0,42", "−1,10"). */
export function formatIndex(lang: Lang, value: number): string {
  const n = formatNumber(Math.abs(value), localeOf(lang), 2, 2);
  return value > 0.005 ? `+${n}` : value < -0.005 ? `−${n}` : n;
}
