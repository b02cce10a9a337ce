import { type FieldSpec, fieldChanges, quote } from './fieldChanges.js';
import type { ChangedElement, JourneyChange } from './journeyChange.js';
import { longestCommonSubsequence, mergeOrder } from './longestCommonSubsequence.js';

/** An element of one version, with where it sits. */
export interface Entry<T> {
  readonly id: string;
  readonly item: T;
  /** The id of the stage, path or step holding it; '' for journey-level lists. */
  readonly container: string;
  /** The container in words: `Consideration`, `path "Returns"`, `"Checkout"`. */
  readonly where: string;
  /** 1-based position in its container. */
  readonly position: number;
}

/** How to compare one kind of element. */
export interface ListSpec<T> {
  readonly element: ChangedElement;
  /** `Step`, `Pain point`. */
  readonly noun: string;
  readonly name: (item: T) => string;
  readonly fields: readonly FieldSpec<T>[];
  /** Report order changes (stages, steps, touchpoints); other lists' order carries no meaning. */
  readonly moves: boolean;
  /** What an added or removed element brings with it, like ` (with 3 steps)`. */
  readonly contents?: (item: T) => string;
  /** Added elements that another change already covers (a touchpoint of an added step). */
  readonly skipAdded?: (entry: Entry<T>) => boolean;
  readonly skipRemoved?: (entry: Entry<T>) => boolean;
}

/** Lays out a flat list as entries of one container. */
export function topLevel<T extends { id: string }>(items: readonly T[]): Entry<T>[] {
  return items.map((item, index) => ({ id: item.id, item, container: '', where: '', position: index + 1 }));
}

function byId<T>(entries: readonly Entry<T>[]): Map<string, Entry<T>> {
  const map = new Map<string, Entry<T>>();
  for (const entry of entries) if (!map.has(entry.id)) map.set(entry.id, entry);
  return map;
}

/** Ids that kept their relative order inside their (unchanged) container. */
function stayedInOrder<T>(
  before: readonly Entry<T>[],
  after: readonly Entry<T>[],
  afterById: Map<string, Entry<T>>,
): Set<string> {
  const sameContainer = (entry: Entry<T>) => afterById.get(entry.id)?.container === entry.container;
  const group = (entries: readonly Entry<T>[], keep: (entry: Entry<T>) => boolean) => {
    const groups = new Map<string, string[]>();
    for (const entry of entries) {
      if (!keep(entry)) continue;
      const ids = groups.get(entry.container);
      if (ids) ids.push(entry.id);
      else groups.set(entry.container, [entry.id]);
    }
    return groups;
  };
  const beforeGroups = group(before, sameContainer);
  const kept = new Set([...beforeGroups.values()].flat());
  const afterGroups = group(after, (entry) => kept.has(entry.id));
  const stayed = new Set<string>();
  for (const [container, ids] of beforeGroups) {
    for (const id of longestCommonSubsequence(ids, afterGroups.get(container) ?? [])) stayed.add(id);
  }
  return stayed;
}

/** Every change to one kind of element, in document order (moves before field changes). */
export function diffList<T>(
  spec: ListSpec<T>,
  before: readonly Entry<T>[],
  after: readonly Entry<T>[],
): JourneyChange[] {
  const beforeById = byId(before);
  const afterById = byId(after);
  const stayed = spec.moves ? stayedInOrder(before, after, afterById) : undefined;
  const changes: JourneyChange[] = [];
  const order = mergeOrder(
    before.map((e) => e.id),
    after.map((e) => e.id),
  );
  for (const id of order) {
    const was = beforeById.get(id);
    const now = afterById.get(id);
    if (was === undefined && now !== undefined) {
      if (spec.skipAdded?.(now)) continue;
      const where = now.container ? ` to ${now.where}` : '';
      const contents = spec.contents?.(now.item) ?? '';
      const summary = `${spec.noun} ${quote(spec.name(now.item))} added${where}${contents}`;
      changes.push({ kind: 'added', element: spec.element, id, summary, after: now.item });
    } else if (was !== undefined && now === undefined) {
      if (spec.skipRemoved?.(was)) continue;
      const where = was.container ? ` from ${was.where}` : '';
      const contents = spec.contents?.(was.item) ?? '';
      const summary = `${spec.noun} ${quote(spec.name(was.item))} removed${where}${contents}`;
      changes.push({ kind: 'removed', element: spec.element, id, summary, before: was.item });
    } else if (was !== undefined && now !== undefined) {
      const subject = `${spec.noun} ${quote(spec.name(now.item))}`;
      if (stayed && (was.container !== now.container || !stayed.has(id))) {
        let summary: string;
        if (was.container !== now.container) summary = `${subject} moved from ${was.where} to ${now.where}`;
        else if (now.container === '')
          summary = `${subject} moved from position ${was.position} to ${now.position}`;
        else
          summary = `${subject} moved within ${now.where} from position ${was.position} to ${now.position}`;
        const place = (entry: Entry<T>) =>
          entry.container === ''
            ? { position: entry.position }
            : { in: entry.container, position: entry.position };
        changes.push({
          kind: 'moved',
          element: spec.element,
          id,
          summary,
          before: place(was),
          after: place(now),
        });
      }
      changes.push(...fieldChanges(spec.element, id, subject, spec.noun, was.item, now.item, spec.fields));
    }
  }
  return changes;
}
