import { formatNumber } from '../../core/format/number';
/**
 * Disclosure control: the one place that decides whether a figure may be shown.
 *
 * - A figure the source suppressed (Statistics Finland publishes `..` / -1 for areas under 30
 *   inhabitants) arrives as NULL with a suppressed flag: it is shown as "suppressed", never as 0.
 * - Child counts and forecasts below {@link SMALL_COUNT_THRESHOLD} could identify a family: they are
 *   shown as "<5" and never leave the server as numbers (the API returns null + small: true).
 *
 * Pure functions, no I/O: the same code runs on the server (API, pages) and in the browser (tooltips).
 */

/** Counts below this are not disclosed (the lead's rule: "<5"). */
export const SMALL_COUNT_THRESHOLD = 5;

/** ok: may be shown; small: below the threshold; suppressed: withheld by the source; missing: no data. */
export type DisclosureStatus = 'ok' | 'small' | 'suppressed' | 'missing';

/** A count after disclosure control: `value` is null unless `status` is 'ok'. */
export interface DisclosedCount {
  value: number | null;
  status: DisclosureStatus;
}

/** Status of a count as published (value may be null) and whether the source suppressed it. */
export function disclosureStatus(
  value: number | null | undefined,
  suppressed = false,
  threshold = SMALL_COUNT_THRESHOLD,
): DisclosureStatus {
  if (suppressed) return 'suppressed';
  if (value === null || value === undefined || Number.isNaN(value)) return 'missing';
  // Negative counts do not occur in counts; treat |value| so a tiny negative forecast artefact is not shown either.
  if (Math.abs(value) < threshold) return 'small';
  return 'ok';
}

/** True when the count may be shown as a number. */
export function isDisclosable(
  value: number | null | undefined,
  suppressed = false,
  threshold = SMALL_COUNT_THRESHOLD,
): boolean {
  return disclosureStatus(value, suppressed, threshold) === 'ok';
}

/** The count with the number removed unless it may be shown. */
export function discloseCount(value: number | null | undefined, suppressed = false): DisclosedCount {
  const status = disclosureStatus(value, suppressed);
  return { value: status === 'ok' ? (value as number) : null, status };
}

export interface CountLabels {
  /** e.g. "suppressed" / "salattu" */
  suppressed: string;
  /** e.g. "no data" / "ei tietoa" */
  missing: string;
}

/**
 * Text for a count: a rounded number, "<5", the localised "suppressed", or the "no data" label.
 * `value` may already be disclosure-controlled (null + status) or raw (status derived here).
 */
export function formatCount(
  value: number | null | undefined,
  opts: { suppressed?: boolean; status?: DisclosureStatus; locale: string; labels: CountLabels; digits?: number },
): string {
  const status = opts.status ?? disclosureStatus(value, opts.suppressed);
  if (status === 'suppressed') return opts.labels.suppressed;
  if (status === 'small') return `<${SMALL_COUNT_THRESHOLD}`;
  if (status === 'missing' || value === null || value === undefined) return opts.labels.missing;
  // A raw value can still be small even if the caller passed status 'ok' by mistake: never print it.
  if (Math.abs(value) < SMALL_COUNT_THRESHOLD) return `<${SMALL_COUNT_THRESHOLD}`;
  return formatNumber(value, opts.locale, opts.digits ?? 0);
}
