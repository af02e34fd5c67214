import { disclosureStatus, isDisclosable, SMALL_COUNT_THRESHOLD, type DisclosureStatus } from './disclosure';

/**
 * Disclosure control applied at the data-access layer, so no page, chart or API response can carry a
 * suppressed or small count: withheld figures become null and the row says why.
 */
export interface Withheld {
  /** True when any figure of the row was withheld because the source suppressed it. */
  suppressed: boolean;
  /** True when any figure of the row was withheld because it is a count below the threshold. */
  small: boolean;
  /** Per field: why it is null. Absent when nothing was withheld. */
  withheld?: Record<string, 'small' | 'suppressed'>;
}

/**
 * Withholds count fields below the threshold (or suppressed by the source). `derived` fields (ratios, gaps, staff)
 * would let a reader compute the count back, so they are withheld whenever `basis` is.
 */
export type Disclosed<T, K extends keyof T> = { [P in keyof T]: P extends K ? T[P] | null : T[P] } & Withheld;

export function discloseRow<
  T extends Record<string, unknown>,
  C extends keyof T & string,
  D extends keyof T & string = never,
>(
  row: T,
  spec: { counts: C[]; derived?: D[]; basis?: keyof T & string; suppressed?: boolean; threshold?: number },
): Disclosed<T, C | D> {
  const threshold = spec.threshold ?? SMALL_COUNT_THRESHOLD;
  const out: Record<string, unknown> = { ...row };
  const withheld: Record<string, 'small' | 'suppressed'> = {};
  let suppressed = false;
  let small = false;
  const mark = (field: string, status: DisclosureStatus) => {
    if (status === 'small' || status === 'suppressed') {
      withheld[field] = status;
      out[field] = null;
      if (status === 'small') small = true;
      else suppressed = true;
    }
  };
  for (const field of spec.counts) {
    const value = row[field] as number | null;
    // A suppressed source figure arrives as NULL; the flag says it is "suppressed", not "no data".
    const status = value === null && spec.suppressed ? 'suppressed' : disclosureStatus(value, false, threshold);
    mark(field, status);
  }
  if (spec.basis) {
    const basisValue = row[spec.basis] as number | null;
    const basisOk = isDisclosable(basisValue, spec.suppressed && basisValue === null, threshold);
    if (!basisOk && basisValue !== null) {
      for (const field of spec.derived ?? []) mark(field, 'small');
    } else if (!basisOk && spec.suppressed) {
      for (const field of spec.derived ?? []) mark(field, 'suppressed');
    }
  }
  return { ...out, suppressed, small, ...(Object.keys(withheld).length ? { withheld } : {}) } as Disclosed<T, C | D>;
}
