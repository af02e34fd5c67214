import { formatNumber } from '@/core/format/number';
import type { Dictionary } from '@/i18n';

/** Backtest figures as text: errors with a fixed number of decimals (columns line up), shares as percent. */

export const formatMetric = (x: number | null, t: Dictionary, digits = 1): string =>
  x === null || Number.isNaN(x) ? '–' : formatNumber(x, t.locale, digits, digits);

export const formatShare = (x: number | null, t: Dictionary): string =>
  x === null ? '–' : `${formatMetric(100 * x, t, 0)} %`;
