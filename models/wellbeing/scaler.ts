/**
 * Standardisation from training examples only (means and standard deviations of the fitting set, never
 * of the data to forecast). A missing input (NaN) becomes 0 after scaling, i.e. the training mean; an
 * input that never varied in training carries no information and is switched off.
 */
export interface Scaler {
  mean: number[];
  sd: number[];
}

export function fitScaler(rows: readonly number[][]): Scaler {
  const k = rows[0]?.length ?? 0;
  const mean = Array<number>(k).fill(0);
  const sd = Array<number>(k).fill(0);
  const n = Array<number>(k).fill(0);
  for (const r of rows)
    for (let j = 0; j < k; j++)
      if (Number.isFinite(r[j])) {
        mean[j] += r[j];
        n[j] += 1;
      }
  for (let j = 0; j < k; j++) mean[j] = n[j] > 0 ? mean[j] / n[j] : 0;
  for (const r of rows) for (let j = 0; j < k; j++) if (Number.isFinite(r[j])) sd[j] += (r[j] - mean[j]) ** 2;
  for (let j = 0; j < k; j++) sd[j] = n[j] > 1 && sd[j] > 1e-12 ? Math.sqrt(sd[j] / n[j]) : Number.POSITIVE_INFINITY;
  return { mean, sd };
}

export const scaleRow = (s: Scaler, row: readonly number[]): number[] =>
  row.map((v, j) => (Number.isFinite(v) ? (v - s.mean[j]) / s.sd[j] : 0));
