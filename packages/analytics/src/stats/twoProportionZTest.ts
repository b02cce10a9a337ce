import { twoSidedP } from './normal.js';

export interface ProportionTest {
  readonly difference: number;
  readonly z: number | null;
  readonly pValue: number | null;
  /** Cohen's h: 2·asin√p2 − 2·asin√p1. */
  readonly cohensH: number | null;
}

/** Two-proportion z-test (pooled) of x1/n1 against x2/n2; the difference is p2 − p1. */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): ProportionTest {
  if (n1 <= 0 || n2 <= 0) return { difference: 0, z: null, pValue: null, cohensH: null };
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const cohensH = 2 * Math.asin(Math.sqrt(p2)) - 2 * Math.asin(Math.sqrt(p1));
  if (se === 0) return { difference: p2 - p1, z: null, pValue: p1 === p2 ? 1 : null, cohensH };
  const z = (p2 - p1) / se;
  return { difference: p2 - p1, z, pValue: twoSidedP(z), cohensH };
}
