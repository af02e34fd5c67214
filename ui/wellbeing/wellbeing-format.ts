// Relative imports: the unit tests (vitest) resolve no "@/" alias.
import { formatNumber } from '../../core/format/number';
import type { Indicator } from '../../domain/wellbeing/indicator-schema';
import type { Disclosed, ForecastPoint, Limits } from '../../domain/wellbeing/views';
import { localeOf, type Lang } from '../../i18n';
import { formatIndex, formatMeasure, statusText } from '../../i18n/wellbeing';

/** Text of the wellbeing figures, shared by server pages and client components. */

/** A disclosed value with its unit, or why it is not shown. */
export function valueText(
  lang: Lang,
  d: Disclosed,
  measure: Indicator['measure'],
  limits: Limits,
  minimum: number,
): string {
  if (d.status !== 'ok' || d.value === null)
    return statusText(lang, d.status === 'ok' ? 'missing' : d.status, { minimum, small: limits.small });
  return formatMeasure(lang, d.value, measure);
}

/** A disclosed index value ("+0,42"), or why it is not shown. */
export function indexText(lang: Lang, d: Disclosed, limits: Limits, minimum: number): string {
  if (d.status !== 'ok' || d.value === null)
    return statusText(lang, d.status === 'ok' ? 'missing' : d.status, { minimum, small: limits.small });
  return formatIndex(lang, d.value);
}

/** A forecast's 80 % interval ("112–131"); a withheld bound reads "<5". */
export function intervalText(lang: Lang, f: ForecastPoint, measure: Indicator['measure'], limits: Limits): string {
  if (f.status !== 'ok') return '–';
  const bound = (v: number | null) => (v === null ? `<${limits.small}` : formatMeasure(lang, v, measure));
  return `${bound(f.lo80)}–${bound(f.hi80)}`;
}

export const plainNumber = (lang: Lang, v: number, digits = 0) => formatNumber(v, localeOf(lang), digits);
