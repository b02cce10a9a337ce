import { Z95 } from './normal.js';

export interface Interval {
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

/** Mean with a 95% normal-approximation interval, from n, Σx and Σx² (sample variance). */
export function meanInterval(n: number, sum: number, sumOfSquares: number): Interval {
  if (n <= 0) return { value: Number.NaN, low: Number.NaN, high: Number.NaN };
  const mean = sum / n;
  if (n === 1) return { value: mean, low: mean, high: mean };
  const variance = Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1));
  const half = Z95 * Math.sqrt(variance / n);
  return { value: mean, low: mean - half, high: mean + half };
}

/**
 * NPS (−100..100) from the counts of promoters (9–10), detractors (0–6) and all responses, with
 * a 95% interval from the variance of the per-response score (+1, 0, −1).
 */
export function npsInterval(promoters: number, detractors: number, n: number): Interval {
  if (n <= 0) return { value: Number.NaN, low: Number.NaN, high: Number.NaN };
  const p = promoters / n;
  const d = detractors / n;
  const nps = p - d;
  const variance = p + d - nps * nps;
  const half = Z95 * Math.sqrt(Math.max(0, variance) / n);
  const clamp = (x: number) => Math.max(-100, Math.min(100, x * 100));
  return { value: nps * 100, low: clamp(nps - half), high: clamp(nps + half) };
}

/** Wilson score interval of a proportion (95%). */
export function wilsonInterval(successes: number, n: number): Interval {
  if (n <= 0) return { value: Number.NaN, low: Number.NaN, high: Number.NaN };
  const p = successes / n;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { value: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
