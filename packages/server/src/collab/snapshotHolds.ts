import * as Y from 'yjs';

/**
 * Whether a document state (taken as a snapshot) already holds an update: every struct of the
 * update lies within the state vector, and every deletion it makes is in the delete set.
 *
 * Yjs's own `snapshotContainsUpdate` answers the same by merging the snapshot's whole delete set
 * with the update's and comparing the two, which costs the size of the document for every update:
 * on a map a few hundred people edit at once, checking a store's worth of logged updates took
 * hundreds of milliseconds with the event loop blocked. Here each deletion is looked up by binary
 * search, so a check costs the size of the update.
 */
export function snapshotHolds(snapshot: Y.Snapshot, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  for (const struct of structs)
    if ((snapshot.sv.get(struct.id.client) ?? 0) < struct.id.clock + struct.length) return false;
  for (const [client, deletions] of ds.clients) {
    const held = snapshot.ds.clients.get(client) ?? [];
    for (const { clock, len } of deletions) if (!covers(held, clock, clock + len)) return false;
  }
  return true;
}

/** Whether deleted ranges sorted by clock (as a snapshot keeps them) cover [start, end). */
function covers(ranges: readonly { clock: number; len: number }[], start: number, end: number): boolean {
  // The last range that starts at or before `start`.
  let low = 0;
  let high = ranges.length - 1;
  let first = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((ranges[middle] as { clock: number }).clock <= start) {
      first = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  if (first < 0) return false;
  // Ranges that touch end to end cover what they cover together.
  let reached = start;
  for (let i = first; i < ranges.length; i++) {
    const range = ranges[i] as { clock: number; len: number };
    if (range.clock > reached) break;
    reached = Math.max(reached, range.clock + range.len);
    if (reached >= end) return true;
  }
  return false;
}
