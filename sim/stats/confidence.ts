/** 95 % confidence intervals across replications (Student's t). */

// two-sided 95 % quantiles of Student's t for 1..30 degrees of freedom (any statistics table)
const T95 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069,
  2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

export function t95(df: number): number {
  if (df < 1) return NaN;
  if (df <= 30) return T95[df - 1];
  // Cornish–Fisher expansion around the normal quantile 1.959964
  const z = 1.959964;
  return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df * df);
}

/** Mean and 95 % interval of per-replication values; undefined with fewer than two. */
export function interval95(values: readonly number[]): [number, number] | undefined {
  const n = values.length;
  if (n < 2 || values.some((v) => !Number.isFinite(v))) return undefined;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1);
  const h = t95(n - 1) * Math.sqrt(variance / n);
  return [mean - h, mean + h];
}
