// Relative imports: the unit tests (vitest) resolve no "@/" alias.
import { formatNumber as formatLocale } from '../core/format/number';
import type { LayerUnit, MapCell } from '../domain/dashboard/types';
import type { Dictionary } from '../i18n';
import { formatCount, SMALL_COUNT_THRESHOLD } from '../domain/privacy/disclosure';

/** Text for figures, shared by server pages and client charts. Counts always go through formatCount. */

export function formatNumber(value: number, t: Dictionary, digits = 0): string {
  return formatLocale(value, t.locale, digits);
}

export function unitLabel(unit: LayerUnit, t: Dictionary): string {
  return t.units[unit];
}

/** A count (children, places of demand) with the privacy rule applied. */
export function countText(value: number | null, status: MapCell['st'] | undefined, t: Dictionary): string {
  return formatCount(value, {
    status: status ?? (value === null ? 'missing' : 'ok'),
    locale: t.locale,
    labels: { suppressed: t.common.suppressed, missing: t.common.noData },
  });
}

/** A map cell's value as text with its unit ("1 234 lasta", "<5", "salattu", "97 %"). */
export function cellText(cell: MapCell | undefined, unit: LayerUnit, t: Dictionary): string {
  if (!cell) return t.common.noData;
  if (unit === 'rag') {
    if (cell.rag) return t.rag[cell.rag];
    return countText(null, cell.st ?? 'missing', t);
  }
  if (cell.st || cell.v === null) return countText(null, cell.st ?? 'missing', t);
  if (unit === 'percent') return `${formatNumber(cell.v, t)} %`;
  if (unit === 'fte') return `${formatNumber(cell.v, t, 1)} ${t.units.fte}`;
  if (unit === 'children') return `${countText(cell.v, undefined, t)} ${t.units.children}`;
  // Places: a gap may be small or negative without being a count of children (demand is disclosed).
  return `${formatNumber(cell.v, t)} ${t.units.places}`;
}

/** An interval "12–30"; a withheld bound reads "<5". */
export function intervalText(lo: number | null | undefined, hi: number | null | undefined, t: Dictionary): string {
  const bound = (v: number | null | undefined) =>
    v === null || v === undefined ? `<${SMALL_COUNT_THRESHOLD}` : formatNumber(v, t);
  if ((lo === null || lo === undefined) && (hi === null || hi === undefined)) return `<${SMALL_COUNT_THRESHOLD}`;
  return `${bound(lo)}–${bound(hi)}`;
}

/** A figure that may be withheld (its reason: "<5", "salattu") or missing (a dash). */
export function formatWithheld(
  value: number | null | undefined,
  t: Dictionary,
  digits = 0,
  withheld?: 'small' | 'suppressed',
): string {
  if (withheld) return countText(null, withheld, t);
  return value === null || value === undefined ? '–' : formatNumber(value, t, digits);
}
