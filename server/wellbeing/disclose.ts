import 'server-only';
import { smallCountThreshold } from '../../core/config/reference';
import { basisOf, discloseFigure, MIN_POPULATION } from '../../domain/wellbeing/disclose-wellbeing';
import { indicatorById } from '../../domain/wellbeing/indicator-catalogue';
import type { Geography } from '../../domain/wellbeing/indicator-schema';
import type { Disclosed, ForecastPoint, Limits } from '../../domain/wellbeing/views';

/**
 * The one place the wellbeing web answers go through disclosure control (domain/privacy via
 * domain/wellbeing/disclose-wellbeing.ts): every value, index and forecast of an area.
 */
export const wellbeingLimits = (): Limits => ({ minimum: MIN_POPULATION, small: smallCountThreshold() });

/** An index value (or its contribution): only the area's population decides. */
export function discloseIndex(
  geography: Geography,
  value: number | null,
  population: number | null | undefined,
): Disclosed {
  return discloseFigure(value, { geography, population }, smallCountThreshold());
}

/** An indicator's value as stored (a share's status and count basis included). */
export function discloseValue(
  indicatorId: string,
  row: { value: number | null; status: string; count_basis?: number | null },
  population: number | null | undefined,
): Disclosed {
  const indicator = indicatorById(indicatorId);
  if (!indicator) return { value: null, status: 'missing' };
  const stored = row.status === 'small' ? 'small' : row.status === 'suppressed' ? 'suppressed' : null;
  const d = discloseFigure(
    row.value,
    basisOf(indicator, population, { countBasis: row.count_basis, suppressed: stored === 'suppressed' }),
    smallCountThreshold(),
  );
  // An area under the minimum says only that; otherwise a share the refresh withheld stays withheld.
  return d.status === 'under_minimum' || !stored ? d : { value: null, status: stored };
}

/** A forecast: the mean decides whether it is shown at all; a bound implying too few people reads "under 5". */
export function discloseForecast(
  indicatorId: string,
  f: { year: number; horizon: number; mean: number; lo80: number; hi80: number; model: string },
  population: number | null | undefined,
): ForecastPoint {
  const mean = discloseValue(indicatorId, { value: f.mean, status: 'ok' }, population);
  if (mean.status !== 'ok') return { ...f, mean: null, lo80: null, hi80: null, status: mean.status };
  const bound = (v: number) => discloseValue(indicatorId, { value: v, status: 'ok' }, population).value;
  return { ...f, mean: mean.value, lo80: bound(f.lo80), hi80: bound(f.hi80), status: 'ok' };
}
