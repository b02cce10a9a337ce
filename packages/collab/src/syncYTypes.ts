// The smallest Yjs operations that turn what a shared type holds into a wanted value. Writing
// only the difference is what lets concurrent edits elsewhere in the same text or list survive:
// rewriting a whole list would delete (and so drop) the items another person just inserted.
import * as Y from 'yjs';

/** Turns a Y.Text into `wanted` by replacing only the span between their common ends. */
export function syncText(text: Y.Text, wanted: string): void {
  const current = text.toString();
  if (current === wanted) return;
  const limit = Math.min(current.length, wanted.length);
  let start = 0;
  while (start < limit && current.charCodeAt(start) === wanted.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < limit - start &&
    current.charCodeAt(current.length - 1 - end) === wanted.charCodeAt(wanted.length - 1 - end)
  ) {
    end++;
  }
  // Never split a surrogate pair: half an emoji would be encoded as U+FFFD.
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(current.charCodeAt(current.length - end))) end--;
  const removed = current.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = wanted.slice(start, wanted.length - end);
  if (inserted !== '') text.insert(start, inserted);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** A stable key for a plain value: strings as they are, anything else as JSON. */
const keyOf = (value: unknown): string =>
  typeof value === 'string' ? value : `\u0000${JSON.stringify(value)}`;

/**
 * Turns a Y.Array of plain values into `wanted`: the items of their longest common subsequence
 * stay where they are, the others are deleted and inserted. A reorder is therefore a delete and
 * an insert of the moved items only.
 */
export function syncList(array: Y.Array<unknown>, wanted: readonly unknown[]): void {
  const current = array.toArray();
  const a = current.map(keyOf);
  const b = wanted.map(keyOf);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail++;
  }
  if (head === a.length && head === b.length) return;
  const keep = commonSubsequence(a.slice(head, a.length - tail), b.slice(head, b.length - tail)).map(
    ([x, y]) => [x + head, y + head] as const,
  );
  // Walk the middles together: delete what is not kept, insert what is new, from left to right.
  let position = head;
  let i = head;
  let j = head;
  for (const [keepA, keepB] of [...keep, [a.length - tail, b.length - tail] as const]) {
    if (keepA > i) array.delete(position, keepA - i);
    if (keepB > j) array.insert(position, wanted.slice(j, keepB).map(plainCopy));
    position += keepB - j + 1;
    i = keepA + 1;
    j = keepB + 1;
  }
}

/**
 * The index pairs (in `a`, in `b`) of a longest common subsequence. Lists in a journey are short (tens of items), so the quadratic table is fine.
 */
function commonSubsequence(a: readonly string[], b: readonly string[]): (readonly [number, number])[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [];
  const table = new Uint32Array((n + 1) * (m + 1));
  for (let x = n - 1; x >= 0; x--) {
    for (let y = m - 1; y >= 0; y--) {
      table[x * (m + 1) + y] =
        a[x] === b[y]
          ? (table[(x + 1) * (m + 1) + y + 1] ?? 0) + 1
          : Math.max(table[(x + 1) * (m + 1) + y] ?? 0, table[x * (m + 1) + y + 1] ?? 0);
    }
  }
  const pairs: (readonly [number, number])[] = [];
  let x = 0;
  let y = 0;
  while (x < n && y < m) {
    if (a[x] === b[y]) {
      pairs.push([x, y]);
      x++;
      y++;
    } else if ((table[(x + 1) * (m + 1) + y] ?? 0) >= (table[x * (m + 1) + y + 1] ?? 0)) x++;
    else y++;
  }
  return pairs;
}

/**
 * A copy of a plain value, so the document never shares an object with a caller. As JSON, so -0
 * becomes 0: Yjs encodes -0 as the integer 0, and the replica that wrote it would otherwise read
 * -0 where every other replica reads 0.
 */
export function plainCopy<T>(value: T): T {
  if (typeof value === 'object' && value !== null) return JSON.parse(JSON.stringify(value)) as T;
  return (Object.is(value, -0) ? 0 : value) as T;
}

/** A new Y.Array holding `items`. */
export function newArray(items: readonly unknown[]): Y.Array<unknown> {
  const array = new Y.Array<unknown>();
  if (items.length > 0) array.insert(0, items.map(plainCopy));
  return array;
}

/** A new Y.Text holding `text`. */
export function newText(text: string): Y.Text {
  return new Y.Text(text);
}
