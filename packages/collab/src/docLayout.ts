// The two root types of a journey's Y.Doc and the walk over a journey's elements that reading and
// writing share. The shape itself is described at the top of journeyDoc.ts.
import type { ElementKind, Journey } from '@waymark/core';
import type * as Y from 'yjs';
import { childKinds, collections, elementFields } from './fieldCodecs.js';

/** The root map holding the journey's own fields and its element lists (as lists of ids). */
export const journeyMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('journey');

/** The root map holding every element's fields, keyed by the element's id. */
export const elementsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('elements');

/** The key an element map stores its kind under (`$` keeps it apart from fields such as a path's `kind`). */
export const KIND_KEY = '$kind';

/** The name `stale` sets use for the journey's own map (ids cannot start with `#`). */
export const JOURNEY_KEY = '#journey';

/** An element's fields, read generically. */
export type Fields = Readonly<Record<string, unknown>>;

/** Calls `visit` for every element of a journey, parents before their children, in document order. */
export function walkElements(journey: Journey, visit: (kind: ElementKind, element: Fields) => void): void {
  const walk = (kind: ElementKind, items: readonly unknown[]) => {
    for (const item of items) {
      const element = item as Fields;
      visit(kind, element);
      for (const [field, codec] of elementFields[kind]) {
        const childKind = childKinds[field];
        const children = element[field];
        if (codec === 'children' && childKind !== undefined && Array.isArray(children))
          walk(childKind, children);
      }
    }
  };
  for (const [field, kind] of collections) walk(kind, journey[field]);
}

/**
 * The root types a journey's doc uses, for a Y.UndoManager (`new Y.UndoManager(
 * journeyDocTypes(doc), { trackedOrigins })` undoes one person's edits only) or an observer.
 */
export const journeyDocTypes = (doc: Y.Doc): Y.Map<unknown>[] => [journeyMap(doc), elementsMap(doc)];

/** The doc holds a journey (it was loaded or synced at least once), not a blank new Y.Doc. */
export const docHasJourney = (doc: Y.Doc): boolean => journeyMap(doc).size > 0;
