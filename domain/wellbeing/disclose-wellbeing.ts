import { disclosureStatus, type DisclosureStatus } from '../privacy/disclosure';
import type { Geography, Indicator } from './indicator-schema';

/**
 * The wellbeing wing's use of the one disclosure rule (domain/privacy): areas only, never people.
 *
 * - An area with fewer inhabitants than its geography's minimum shows no figure at all, only that its
 *   population is under the minimum (a small area's rates are a few people's lives).
 * - A count, or a rate whose implied count (rate x the people it is a rate of) is below the small-count
 *   threshold, is withheld as "small", like any count (disclosureStatus).
 * - A value the source withheld stays withheld.
 * A rate of children whose child population is not published with it (Sotkanet 1990-2012) is checked
 * against a lower bound of the children: 8 % of the inhabitants, below the smallest share of 0-17-year-olds
 * of any municipality of 1,000 inhabitants or more in Paavo 2015 (10 %). The implied count is then never
 * overestimated: a doubtful figure is withheld rather than shown.
 */
export const MIN_POPULATION: Record<Geography, number> = { municipality: 1_000, postal_area: 100, district: 1_000 };

export const CHILD_SHARE_LOWER_BOUND = 0.08;

export type WellbeingStatus = DisclosureStatus | 'under_minimum';

export interface FigureBasis {
  geography: Geography;
  /** Inhabitants of the area (all ages). */
  population: number | null | undefined;
  suppressed?: boolean;
  /** For a share computed from counts: the counts it rests on (each must be disclosable). */
  counts?: readonly (number | null)[];
  /** For a rate of children: its scale (100 for percent, 1000 for per 1,000) and, if known, the children. */
  childRate?: { scale: number; children?: number | null };
  /** For a rate of all inhabitants (social assistance recipients, % of inhabitants): its scale. */
  populationRate?: { scale: number };
}

export function wellbeingStatus(
  value: number | null | undefined,
  basis: FigureBasis,
  threshold: number,
): WellbeingStatus {
  if (basis.population === null || basis.population === undefined || basis.population < MIN_POPULATION[basis.geography])
    return 'under_minimum';
  if (basis.suppressed) return 'suppressed';
  if (value === null || value === undefined || !Number.isFinite(value)) return 'missing';
  for (const c of basis.counts ?? []) {
    const status = disclosureStatus(c, c === null, threshold);
    if (status !== 'ok') return status === 'missing' ? 'suppressed' : status;
  }
  if (basis.childRate) {
    const children = basis.childRate.children ?? basis.population * CHILD_SHARE_LOWER_BOUND;
    if (disclosureStatus((value / basis.childRate.scale) * children, false, threshold) === 'small') return 'small';
  }
  if (
    basis.populationRate &&
    disclosureStatus((value / basis.populationRate.scale) * basis.population, false, threshold) === 'small'
  )
    return 'small';
  return 'ok';
}

const SCALE: Partial<Record<Indicator['measure'], number>> = { percent: 100, per_1000: 1000 };

/**
 * The basis of an indicator's figure from the catalogue: the area's population, the counts a share rests
 * on, and - for use of a corrective service, the most sensitive figures - the people a rate implies
 * (children for a rate of children, inhabitants otherwise). Relative indices imply no count.
 */
export function basisOf(
  indicator: Indicator,
  population: number | null | undefined,
  extra: { suppressed?: boolean; countBasis?: number | null; children?: number | null } = {},
): FigureBasis {
  const scale = indicator.unit === 'rate' ? SCALE[indicator.measure] : undefined;
  return {
    geography: indicator.geography,
    population,
    suppressed: extra.suppressed,
    counts: extra.countBasis === null || extra.countBasis === undefined ? undefined : [extra.countBasis],
    childRate: indicator.childRate && scale ? { scale, children: extra.children } : undefined,
    populationRate: indicator.role === 'outcome' && !indicator.childRate && scale ? { scale } : undefined,
  };
}

/** The value when it may be shown, null otherwise (with the reason). */
export function discloseFigure(value: number | null | undefined, basis: FigureBasis, threshold: number) {
  const status = wellbeingStatus(value, basis, threshold);
  return { value: status === 'ok' ? (value as number) : null, status };
}
