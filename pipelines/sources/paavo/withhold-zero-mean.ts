import type { StatValue } from '../../core/values';

/**
 * Means and medians that Paavo writes as 0 when there is nobody to average over or the value is
 * protected: 12f1 documents "0 = no data/protected" (00220 Jätkäsaari 2010-2011), and 00230 Helsinki
 * postikeskus (no inhabitants) has average age 0.0 and median income 0 in 12f7 and release 2020.
 * A mean of nobody is not zero, so these cells are stored as withheld. Counts keep their zeros:
 * an area with no inhabitants truly has 0 of them (Paavo marks protected counts with '..').
 */
const MEANS_AND_MEDIANS = new Set([
  'he_kika',
  'hr_ktu',
  'hr_mtu',
  'tr_ktu',
  'tr_mtu',
  'te_takk',
  'te_as_valj',
  'ra_as_kpa',
]);

export function withholdZeroMean(code: string, cell: StatValue): StatValue {
  return cell.value === 0 && MEANS_AND_MEDIANS.has(code) ? { value: null, suppressed: true } : cell;
}
