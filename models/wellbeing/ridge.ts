/**
 * Ridge regression in closed form: minimises sum (y - b0 - X b)^2 + lambda |b|^2 on standardised
 * inputs (the intercept is not penalised). Solved by Cholesky on the k x k normal equations: the
 * wellbeing models have a dozen inputs and a few thousand examples, so this takes microseconds.
 */
export interface RidgeFit {
  intercept: number;
  coef: number[];
  lambda: number;
}

export function fitRidge(x: readonly number[][], y: readonly number[], lambda: number): RidgeFit {
  const n = x.length;
  const k = x[0]?.length ?? 0;
  const yMean = y.reduce((s, v) => s + v, 0) / Math.max(n, 1);
  const xMean = Array<number>(k).fill(0);
  for (const r of x) for (let j = 0; j < k; j++) xMean[j] += r[j] / n;
  const a = Array.from({ length: k }, (_, i) =>
    Array<number>(k)
      .fill(0)
      .map((_, j) => (i === j ? lambda : 0)),
  );
  const b = Array<number>(k).fill(0);
  for (let t = 0; t < n; t++) {
    const r = x[t];
    const dy = y[t] - yMean;
    for (let i = 0; i < k; i++) {
      const di = r[i] - xMean[i];
      b[i] += di * dy;
      for (let j = 0; j <= i; j++) a[i][j] += di * (r[j] - xMean[j]);
    }
  }
  const coef = solveSymmetric(a, b);
  const intercept = yMean - coef.reduce((s, c, j) => s + c * xMean[j], 0);
  return { intercept, coef, lambda };
}

export const predictRidge = (fit: RidgeFit, row: readonly number[]): number =>
  fit.coef.reduce((s, c, j) => s + c * row[j], fit.intercept);

/** Solves A x = b for a symmetric positive (semi)definite A given by its lower triangle. */
function solveSymmetric(a: number[][], b: number[]): number[] {
  const k = b.length;
  const l = Array.from({ length: k }, () => Array<number>(k).fill(0));
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i][j];
      for (let m = 0; m < j; m++) s -= l[i][m] * l[j][m];
      // A column without variation (and lambda 0) gives a zero pivot: its coefficient stays 0.
      if (i === j) l[i][i] = s > 1e-12 ? Math.sqrt(s) : 0;
      else l[i][j] = l[j][j] > 0 ? s / l[j][j] : 0;
    }
  }
  const z = Array<number>(k).fill(0);
  for (let i = 0; i < k; i++) {
    let s = b[i];
    for (let m = 0; m < i; m++) s -= l[i][m] * z[m];
    z[i] = l[i][i] > 0 ? s / l[i][i] : 0;
  }
  const out = Array<number>(k).fill(0);
  for (let i = k - 1; i >= 0; i--) {
    let s = z[i];
    for (let m = i + 1; m < k; m++) s -= l[m][i] * out[m];
    out[i] = l[i][i] > 0 ? s / l[i][i] : 0;
  }
  return out;
}
