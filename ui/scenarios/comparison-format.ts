import type { ComparisonRow } from '@/domain/report/scenario-compare';
import type { Dictionary } from '@/i18n';
import { formatNumber } from '../format';

/** Figures of the scenario comparison as text, shared by its tables, the difference map and its tooltips. */

/** A figure; a missing one is an empty cell. */
export const formatFigure = (v: number | null, t: Dictionary, digits = 0): string =>
  v === null ? '' : formatNumber(v, t, digits);

/** A change with its sign: "+12,5", "-3". */
export const formatChange = (v: number | null, t: Dictionary): string =>
  v !== null && v > 0 ? `+${formatFigure(v, t, 1)}` : formatFigure(v, t, 1);

/** Why an area's figures are not shown: fewer than 5, or suppressed by the source. */
export const describeWithheld = (r: ComparisonRow, t: Dictionary): string =>
  r.status === 'small' ? '<5' : t.common.suppressed;

/** "120,5 → 132 (+11,5)": demand of the baseline and the scenario, and the change. */
export const describeDemandChange = (r: ComparisonRow, t: Dictionary): string =>
  `${formatFigure(r.baseDemand, t, 1)} → ${formatFigure(r.scenarioDemand, t, 1)} (${formatChange(r.demandChange, t)})`;

/** Colour class of a change in demand (scenarios.css): below half a place is no change. */
export function classifyChange(change: number | null): string {
  if (change === null || Math.abs(change) < 0.5) return 'chg-0';
  const mag = Math.abs(change) >= 20 ? 3 : Math.abs(change) >= 5 ? 2 : 1;
  return `chg-${change > 0 ? 'up' : 'down'}-${mag}`;
}
