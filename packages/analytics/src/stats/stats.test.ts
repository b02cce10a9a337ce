import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meanInterval, npsInterval, wilsonInterval } from './intervals.js';
import { frequencies, mannWhitneyU } from './mannWhitneyU.js';
import { normalCdf, twoSidedP } from './normal.js';
import { twoProportionZTest } from './twoProportionZTest.js';

describe('normal distribution', () => {
  it('has the known values of Φ', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 5);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 5);
    expect(twoSidedP(1.959964)).toBeCloseTo(0.05, 4);
  });
});

describe('intervals', () => {
  it('computes a mean with its 95% interval from sums', () => {
    // 1, 2, 3, 4, 5: mean 3, sample sd √2.5, half-width 1.96·√2.5/√5
    const interval = meanInterval(5, 15, 55);
    expect(interval.value).toBe(3);
    expect(interval.high - interval.value).toBeCloseTo(1.959964 * Math.sqrt(2.5 / 5), 6);
  });

  it('gives NPS from promoters and detractors, bounded to ±100', () => {
    // 10 answers: 5 promoters, 2 detractors → NPS 30
    const nps = npsInterval(5, 2, 10);
    expect(nps.value).toBeCloseTo(30, 9);
    const variance = 0.5 + 0.2 - 0.3 * 0.3;
    expect(nps.high - nps.value).toBeCloseTo(100 * 1.959964 * Math.sqrt(variance / 10), 4);
    expect(npsInterval(3, 0, 3)).toMatchObject({ value: 100, high: 100 });
  });

  it('keeps a Wilson interval inside 0..1 around the share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 500 }), (n, k) => {
        const x = Math.min(k, n);
        const w = wilsonInterval(x, n);
        expect(w.low).toBeGreaterThanOrEqual(0);
        expect(w.high).toBeLessThanOrEqual(1);
        expect(w.low).toBeLessThanOrEqual(w.value + 1e-12);
        expect(w.high).toBeGreaterThanOrEqual(w.value - 1e-12);
      }),
    );
  });
});

describe('two-proportion z-test', () => {
  it('matches a hand computation', () => {
    // 40/100 → 60/100: pooled 0.5, se = √(0.25·0.02) = 0.0707…, z = 2.828…
    const test = twoProportionZTest(40, 100, 60, 100);
    expect(test.difference).toBeCloseTo(0.2, 9);
    expect(test.z).toBeCloseTo(0.2 / Math.sqrt(0.25 * 0.02), 9);
    expect(test.pValue).toBeCloseTo(0.00468, 4);
    expect(test.cohensH).toBeCloseTo(2 * Math.asin(Math.sqrt(0.6)) - 2 * Math.asin(Math.sqrt(0.4)), 9);
  });

  it('says nothing for an empty period and p = 1 for identical certain shares', () => {
    expect(twoProportionZTest(0, 0, 3, 10).pValue).toBeNull();
    expect(twoProportionZTest(10, 10, 5, 5).pValue).toBe(1);
  });
});

describe('Mann–Whitney U', () => {
  it('matches a hand computation with ties', () => {
    // first: 1, 2, 2; second: 2, 3, 4. Pairs where second > first: 3+2+2 + 0.5 for each 2–2 tie (2) → U2 = 8
    const result = mannWhitneyU(frequencies([1, 2, 2]), frequencies([2, 3, 4]));
    expect(result.u).toBe(8);
    expect(result.rankBiserial).toBeCloseTo((2 * 8) / 9 - 1, 9);
    // tie-corrected variance: (9/12)·(7 − (27 − 3)/30) = 4.65
    const z = (8 - 4.5) / Math.sqrt(4.65);
    expect(result.pValue).toBeCloseTo(twoSidedP(z), 9);
  });

  it('is symmetric: swapping the samples mirrors U and the effect, keeps p', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 40 }),
        (a, b) => {
          const ab = mannWhitneyU(frequencies(a), frequencies(b));
          const ba = mannWhitneyU(frequencies(b), frequencies(a));
          expect((ab.u ?? 0) + (ba.u ?? 0)).toBeCloseTo(a.length * b.length, 9);
          expect(ab.rankBiserial ?? 0).toBeCloseTo(-(ba.rankBiserial ?? 0), 9);
          expect(ab.pValue ?? 0).toBeCloseTo(ba.pValue ?? 0, 9);
        },
      ),
    );
  });
});
