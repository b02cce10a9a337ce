// A compared version's changes as outlines on the live map: which element ids to outline, in
// which colour (added, changed, moved), and what cannot be outlined because it is not on the
// map any more (removed) or not drawn (the journey's own fields). Pure; the diff is the server's
// (core's diffJourneys), never recomputed here.
import type { VersionDiff } from '../api/types';

export const highlightKinds = ['added', 'changed', 'moved', 'removed'] as const;
export type HighlightKind = (typeof highlightKinds)[number];

export interface DiffHighlights {
  /** Element id → what happened to it; an element both moved and changed shows as changed. */
  readonly marks: ReadonlyMap<string, HighlightKind>;
  /** Per kind: how many changes there are, and how many of them are outlined. */
  readonly counts: Readonly<Record<HighlightKind, { total: number; outlined: number }>>;
}

const rank: Readonly<Record<HighlightKind, number>> = { moved: 0, changed: 1, added: 2, removed: 3 };
const isKind = (kind: string): kind is HighlightKind => (highlightKinds as readonly string[]).includes(kind);

/** The outlines for a diff on a map that draws the elements `onMap` has. */
export function diffHighlights(diff: VersionDiff, onMap: (id: string) => boolean): DiffHighlights {
  const marks = new Map<string, HighlightKind>();
  const counts = Object.fromEntries(
    highlightKinds.map((kind) => [kind, { total: 0, outlined: 0 }]),
  ) as Record<HighlightKind, { total: number; outlined: number }>;
  for (const change of diff.changes) {
    if (!isKind(change.kind)) continue;
    counts[change.kind].total += 1;
    // An emotion is drawn on its step's column: outline the step.
    const id = change.element === 'emotion' ? change.id?.split('/')[0] : change.id;
    if (change.kind === 'removed' || id === undefined || !onMap(id)) continue;
    counts[change.kind].outlined += 1;
    const had = marks.get(id);
    if (had === undefined || rank[change.kind] > rank[had]) marks.set(id, change.kind);
  }
  return { marks, counts };
}
