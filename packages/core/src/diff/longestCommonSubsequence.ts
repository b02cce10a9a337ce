/**
 * The ids of a longest common subsequence of two sequences of distinct ids: the ones that kept
 * their relative order; every other id found in both sequences moved. Because ids are distinct,
 * this is the longest increasing run of later positions taken in earlier order (patience
 * sorting), O(n log n).
 */
export function longestCommonSubsequence(a: readonly string[], b: readonly string[]): Set<string> {
  const positionInB = new Map<string, number>();
  for (const [index, id] of b.entries()) if (!positionInB.has(id)) positionInB.set(id, index);
  const ids = a.filter((id) => positionInB.has(id));
  const positions = ids.map((id) => positionInB.get(id) ?? 0);
  /** tails[k]: index (into ids) of the smallest tail of an increasing run of length k + 1. */
  const tails: number[] = [];
  const previous: number[] = [];
  for (const [index, position] of positions.entries()) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((positions[tails[mid] ?? 0] ?? 0) < position) low = mid + 1;
      else high = mid;
    }
    previous[index] = low > 0 ? (tails[low - 1] ?? -1) : -1;
    tails[low] = index;
  }
  const common = new Set<string>();
  for (let index = tails[tails.length - 1] ?? -1; index >= 0; index = previous[index] ?? -1) {
    common.add(ids[index] as string);
  }
  return common;
}

/**
 * The ids of both versions in document order: the later version's order, with each removed id
 * placed right after the id it followed in the earlier version.
 */
export function mergeOrder(before: readonly string[], after: readonly string[]): string[] {
  const inAfter = new Set(after);
  const following = new Map<string | undefined, string[]>();
  let anchor: string | undefined;
  for (const id of before) {
    if (inAfter.has(id)) anchor = id;
    else {
      const ids = following.get(anchor);
      if (ids) ids.push(id);
      else following.set(anchor, [id]);
    }
  }
  const merged = [...(following.get(undefined) ?? [])];
  for (const id of after) merged.push(id, ...(following.get(id) ?? []));
  return [...new Set(merged)];
}
