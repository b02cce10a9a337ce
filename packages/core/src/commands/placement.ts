// Which list an element goes in: a top-level kind in the journey's own list, a step in a stage or
// path, a touchpoint in a step. Shared by add and move.
import { kindList } from '../format/idRegistry.js';
import type { ElementKind } from '../model/walk.js';
import type { ElementIndex } from './elementIndex.js';
import { findElement } from './elementIndex.js';
import { describeElement, kindWord, withArticle } from './elementWords.js';
import type { KeyPath } from './kindSpecs.js';
import { kindSpecs } from './kindSpecs.js';

/** A list to put an element in, and how to name its owner in messages. */
export interface Placement {
  readonly list: KeyPath;
  /** "the journey", "stage 'purchase'". */
  readonly owner: string;
}

/** The list for an element of `kind` under `parent` (an id), or why there is none. */
export function placeIn(
  index: ElementIndex,
  kind: ElementKind,
  parent: string | undefined,
): Placement | { readonly problem: string } {
  const spec = kindSpecs[kind];
  const what = kindWord(kind);
  if (spec.collection !== undefined) {
    if (parent === undefined) return { list: [spec.collection], owner: 'the journey' };
    return {
      problem: `${withArticle(what)} sits at the top of the journey and has no parent; leave 'parent' out`,
    };
  }
  const parents = spec.parents ?? [];
  if (parent === undefined) {
    return { problem: `${withArticle(what)} needs a parent: the id of the ${kindList(parents)} it goes in` };
  }
  const found = findElement(index, parent, parents);
  if ('problem' in found) return found;
  const field = kindSpecs[found.kind].children?.field;
  if (field === undefined) return { problem: `${describeElement(found)} cannot hold ${spec.plural}` };
  return { list: [...found.path, field], owner: describeElement(found) };
}
