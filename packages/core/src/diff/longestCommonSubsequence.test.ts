import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longestCommonSubsequence, mergeOrder } from './longestCommonSubsequence.js';

describe('longestCommonSubsequence', () => {
  it('keeps everything when nothing moved', () => {
    expect([...longestCommonSubsequence(['a', 'b', 'c'], ['a', 'b', 'c'])]).toEqual(['c', 'b', 'a']);
  });

  it('leaves out only the one element that moved', () => {
    const stayed = longestCommonSubsequence(['a', 'b', 'c', 'd', 'e'], ['b', 'c', 'd', 'e', 'a']);
    expect([...stayed].sort()).toEqual(['b', 'c', 'd', 'e']);
    const back = longestCommonSubsequence(['a', 'b', 'c', 'd', 'e'], ['e', 'a', 'b', 'c', 'd']);
    expect([...back].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('ignores ids that are only on one side', () => {
    expect([...longestCommonSubsequence(['x', 'a', 'b'], ['a', 'y', 'b'])].sort()).toEqual(['a', 'b']);
    expect(longestCommonSubsequence([], ['a']).size).toBe(0);
  });

  it('finds a longest common subsequence of two orderings', () => {
    const orderings = fc
      .uniqueArray(fc.constantFrom(...'abcdefghij'), { maxLength: 10 })
      .chain((ids) => fc.tuple(fc.constant(ids), fc.shuffledSubarray(ids, { minLength: ids.length })));
    fc.assert(
      fc.property(orderings, ([a, b]) => {
        const common = longestCommonSubsequence(a, b);
        // It is a common subsequence...
        const inA = a.filter((id) => common.has(id));
        const inB = b.filter((id) => common.has(id));
        expect(inA).toEqual(inB);
        // ...and a longest one (brute-force length by dynamic programming).
        const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
        for (let i = a.length - 1; i >= 0; i--) {
          for (let j = b.length - 1; j >= 0; j--) {
            const row = dp[i] as number[];
            row[j] =
              a[i] === b[j] ? (dp[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(dp[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
          }
        }
        expect(common.size).toBe(dp[0]?.[0] ?? 0);
      }),
    );
  });
});

describe('mergeOrder', () => {
  it('follows the later order and puts removed ids after their former neighbour', () => {
    expect(mergeOrder(['a', 'b', 'c', 'd'], ['a', 'c', 'x'])).toEqual(['a', 'b', 'c', 'd', 'x']);
    expect(mergeOrder(['gone', 'a'], ['a'])).toEqual(['gone', 'a']);
    expect(mergeOrder([], ['a', 'b'])).toEqual(['a', 'b']);
    expect(mergeOrder(['a', 'b'], [])).toEqual(['a', 'b']);
  });
});
