import { disclosureStatus } from '../privacy/disclosure';
import type { Indicator } from './indicator-schema';

/**
 * Factor values of areas from published values: a variable as it is, or a share computed from counts
 * (numerator / denominator x scale). A share resting on fewer than the small-count threshold of people
 * on either side (numerator, or denominator minus numerator: "all but 3 households rent" identifies as
 * well) is withheld: it gets no value, so it enters no index, no contribution and no page.
 */
export interface PublishedValue {
  value: number | null;
  suppressed: boolean;
}

export interface ComputedFactor {
  factor: string;
  value: number | null;
  status: 'ok' | 'small' | 'suppressed' | 'missing';
  /** The smaller side of a share (what disclosure checks), null for a plain variable. */
  basis: number | null;
}

const sum = (codes: readonly string[], values: ReadonlyMap<string, PublishedValue>): number | null | 'suppressed' => {
  let total = 0;
  for (const c of codes) {
    const v = values.get(c);
    if (!v) return null;
    if (v.suppressed || v.value === null) return 'suppressed';
    total += v.value;
  }
  return total;
};

export function computeFactor(
  indicator: Indicator,
  values: ReadonlyMap<string, PublishedValue>,
  threshold: number,
): ComputedFactor {
  const factor = indicator.id;
  const spec = indicator.value;
  if ('variable' in spec) {
    const v = values.get(spec.variable);
    if (!v) return { factor, value: null, status: 'missing', basis: null };
    if (v.suppressed || v.value === null) return { factor, value: null, status: 'suppressed', basis: null };
    return { factor, value: v.value, status: 'ok', basis: null };
  }
  const numerator = sum(spec.numerator, values);
  const denominator = sum(spec.denominator, values);
  if (numerator === null || denominator === null) return { factor, value: null, status: 'missing', basis: null };
  if (numerator === 'suppressed' || denominator === 'suppressed')
    return { factor, value: null, status: 'suppressed', basis: null };
  if (!(denominator > 0)) return { factor, value: null, status: 'missing', basis: null };
  const basis = Math.min(numerator, denominator - numerator);
  if (disclosureStatus(basis, false, threshold) === 'small') return { factor, value: null, status: 'small', basis };
  return { factor, value: (numerator / denominator) * spec.scale, status: 'ok', basis };
}
