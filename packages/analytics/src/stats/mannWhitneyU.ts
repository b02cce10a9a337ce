import { twoSidedP } from './normal.js';

export interface MannWhitneyResult {
  /** U of the second sample (the number of pairs where it is larger, ties counting half). */
  readonly u: number | null;
  readonly pValue: number | null;
  /** Rank-biserial correlation, −1..1: positive when the second sample tends to be larger. */
  readonly rankBiserial: number | null;
}

/** Value → how often it occurs. */
export type Frequencies = ReadonlyMap<number, number>;

/** Frequencies of a list of values. */
export function frequencies(values: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/**
 * Mann–Whitney U test from the two samples' frequency tables (scores take few values, so the
 * engine counts them and ranks are computed here): midranks for ties, the normal approximation
 * with tie correction, no continuity correction.
 */
export function mannWhitneyU(first: Frequencies, second: Frequencies): MannWhitneyResult {
  const n1 = [...first.values()].reduce((a, b) => a + b, 0);
  const n2 = [...second.values()].reduce((a, b) => a + b, 0);
  if (n1 === 0 || n2 === 0) return { u: null, pValue: null, rankBiserial: null };
  const values = [...new Set([...first.keys(), ...second.keys()])].sort((a, b) => a - b);
  let below = 0;
  let rankSum2 = 0;
  let tieTerm = 0;
  for (const value of values) {
    const a = first.get(value) ?? 0;
    const b = second.get(value) ?? 0;
    const t = a + b;
    const midrank = below + (t + 1) / 2;
    rankSum2 += b * midrank;
    tieTerm += t * t * t - t;
    below += t;
  }
  const n = n1 + n2;
  const u2 = rankSum2 - (n2 * (n2 + 1)) / 2;
  const mean = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  const rankBiserial = (2 * u2) / (n1 * n2) - 1;
  if (variance <= 0) return { u: u2, pValue: 1, rankBiserial };
  return { u: u2, pValue: twoSidedP((u2 - mean) / Math.sqrt(variance)), rankBiserial };
}
