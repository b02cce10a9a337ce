// Copy-on-write edits of a plain JSON tree: every edit copies the maps and lists on the way to
// the change and shares everything else, so the journey a command started from stays untouched.
import type { KeyPath } from './kindSpecs.js';

/** The value at a path, if the path exists. */
export function getIn(root: unknown, path: KeyPath): unknown {
  let current = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = Reflect.get(current, key);
  }
  return current;
}

/** A copy of `root` with the value at `path` replaced by `update(old value)`. */
export function updateIn(root: unknown, path: KeyPath, update: (value: unknown) => unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return update(root);
  if (Array.isArray(root) && typeof key === 'number') {
    const copy = [...root];
    copy[key] = updateIn(root[key], rest, update);
    return copy;
  }
  if (typeof root === 'object' && root !== null && typeof key === 'string') {
    return { ...root, [key]: updateIn(Reflect.get(root, key), rest, update) };
  }
  throw new Error(`cannot edit at ${String(key)}: the path leaves the document`);
}

/** The list at `path`; an absent list (a defaulted field) reads as empty. */
export function listAt(root: unknown, path: KeyPath): readonly unknown[] {
  const list = getIn(root, path);
  return Array.isArray(list) ? list : [];
}

/** A copy of a list with `item` inserted at `index`. */
export function insertAt(list: unknown, index: number, item: unknown): unknown[] {
  const copy = Array.isArray(list) ? [...list] : [];
  copy.splice(index, 0, item);
  return copy;
}

/** A copy of a list without the item at `index`. */
export function removeAt(list: unknown, index: number): unknown[] {
  const copy = Array.isArray(list) ? [...list] : [];
  copy.splice(index, 1);
  return copy;
}

/**
 * A copy of a map with the keys of `patch` set, or removed where the patch says `null`; a key
 * the patch leaves `undefined` keeps its value.
 */
export function mergeFields(
  fields: Readonly<Record<string, unknown>>,
  patch: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...fields };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete merged[key];
    // defineProperty, not assignment: a key named `__proto__` must stay a key (and be refused
    // by the schema as an unknown field), never replace the map's prototype.
    else Object.defineProperty(merged, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return merged;
}
