import { formatPath } from '../diagnostic.js';
import type { DraftPath } from './idRegistry.js';
import type { Location } from './sourceNode.js';

/** What reading a file noted about a canonical path, in the order it was noted. */
type Note =
  | { readonly kind: 'written'; readonly path: DraftPath; readonly loc: Location }
  | { readonly kind: 'shorthand'; readonly path: DraftPath; readonly shown: DraftPath }
  | { readonly kind: 'copy'; readonly from: DraftPath; readonly to: DraftPath };

/** One canonical path in the tree of paths: where it was written, what to show for it. */
interface PathEntry {
  loc?: Location;
  shown?: DraftPath;
  readonly children: Map<string | number, PathEntry>;
}

/**
 * Where each canonical path was written, and which path to show for one written as a shorthand
 * (`shopper: 1` for `shopper.score`). Reading a file only notes these, a push each; the tree of
 * paths is built from the notes when a question is first asked, which a file with nothing to
 * report never does. A copy (an emotion keyed by a persona's name, moved to its id) copies a
 * subtree, not every path written so far.
 */
export class OriginIndex {
  private readonly notes: Note[] = [];
  private readonly root: PathEntry = { children: new Map() };
  /** How many notes the tree holds so far. */
  private applied = 0;

  written(path: DraftPath, loc: Location): void {
    this.notes.push({ kind: 'written', path, loc });
  }

  /** `path` is shown as `shown` in messages (its value was written at `shown`). */
  shorthand(path: DraftPath, shown: DraftPath): void {
    this.notes.push({ kind: 'shorthand', path, shown });
  }

  /** Everything noted so far under `from` holds under `to` too. */
  copy(from: DraftPath, to: DraftPath): void {
    this.notes.push({ kind: 'copy', from, to });
  }

  /** Where a path (or its nearest written ancestor) was written. */
  locate(path: readonly PropertyKey[]): Location | undefined {
    this.catchUp();
    let entry = this.root;
    let found = entry.loc;
    for (const key of path) {
      if (typeof key === 'symbol') continue;
      const child = entry.children.get(key);
      if (child === undefined) break;
      entry = child;
      found = child.loc ?? found;
    }
    return found;
  }

  /** The path to show for a canonical path: itself, or where its shorthand was written. */
  displayPath(path: readonly PropertyKey[]): string {
    this.catchUp();
    const keys = path.filter((key) => typeof key !== 'symbol') as DraftPath;
    return formatPath(this.find(keys)?.shown ?? keys);
  }

  private catchUp(): void {
    for (; this.applied < this.notes.length; this.applied++) {
      const note = this.notes[this.applied];
      if (note === undefined) continue;
      if (note.kind === 'written') this.entry(note.path).loc = note.loc;
      else if (note.kind === 'shorthand') this.entry(note.path).shown = note.shown;
      else {
        const source = this.find(note.from);
        if (source !== undefined) this.merge(source, this.entry(note.to), note.from, note.to);
      }
    }
  }

  private find(path: DraftPath): PathEntry | undefined {
    let entry: PathEntry | undefined = this.root;
    for (const key of path) entry = entry?.children.get(key);
    return entry;
  }

  private entry(path: DraftPath): PathEntry {
    let entry = this.root;
    for (const key of path) {
      let child = entry.children.get(key);
      if (child === undefined) {
        child = { children: new Map() };
        entry.children.set(key, child);
      }
      entry = child;
    }
    return entry;
  }

  private merge(source: PathEntry, target: PathEntry, from: DraftPath, to: DraftPath): void {
    if (source.loc !== undefined) target.loc = source.loc;
    if (source.shown !== undefined) target.shown = rebase(source.shown, from, to);
    for (const [key, child] of source.children) {
      let copy = target.children.get(key);
      if (copy === undefined) {
        copy = { children: new Map() };
        target.children.set(key, copy);
      }
      this.merge(child, copy, from, to);
    }
  }
}

/** `path` with its prefix `from` replaced by `to` (unchanged when it does not start with `from`). */
function rebase(path: DraftPath, from: DraftPath, to: DraftPath): DraftPath {
  const under = from.every((key, index) => path[index] === key);
  return under ? [...to, ...path.slice(from.length)] : path;
}
