// Where every element of a journey sits, by id: commands address elements by id alone (ids are
// unique across one journey), so each command starts by finding its elements here.
import { kindList } from '../format/idRegistry.js';
import type { Journey } from '../model/journey.js';
import type { ElementKind } from '../model/walk.js';
import { didYouMean } from '../util/suggest.js';
import { kindWord, withArticle } from './elementWords.js';
import { elementKinds } from './journeyCommand.js';
import type { Fields, KeyPath } from './kindSpecs.js';
import { childrenOf, kindSpecs } from './kindSpecs.js';

/** An element and its place in the journey. */
export interface ElementPlace {
  readonly kind: ElementKind;
  readonly id: string;
  readonly element: Fields;
  /** The list it sits in: `['stages', 1, 'steps']`. */
  readonly list: KeyPath;
  readonly index: number;
  /** The path of the element itself: `['stages', 1, 'steps', 0]`. */
  readonly path: KeyPath;
  /** The id of the stage, path or step it sits in (steps and touchpoints only). */
  readonly parent?: string;
}

export type ElementIndex = ReadonlyMap<string, ElementPlace>;

/** Every element of the journey by id, in document order. */
export function indexElements(journey: Journey): ElementIndex {
  const index = new Map<string, ElementPlace>();
  const visit = (kind: ElementKind, items: readonly unknown[], list: KeyPath, parent?: string) => {
    items.forEach((item, position) => {
      if (typeof item !== 'object' || item === null) return;
      const element = item as Fields;
      const path = [...list, position];
      const id = element.id;
      if (typeof id === 'string' && !index.has(id)) {
        index.set(id, { kind, id, element, list, index: position, path, ...(parent ? { parent } : {}) });
      }
      const children = childrenOf(kind, element);
      const field = kindSpecs[kind].children?.field;
      if (children && field && typeof id === 'string')
        visit(children.kind, children.items, [...path, field], id);
    });
  };
  for (const kind of elementKinds) {
    const collection = kindSpecs[kind].collection;
    if (collection !== undefined) visit(kind, journey[collection], [collection]);
  }
  return index;
}

/**
 * The element with this id, of one of `kinds` when given; otherwise what is wrong, in words:
 * "unknown step 'chekout' (did you mean 'checkout'?)", "'awareness' is a stage, not a step".
 */
export function findElement(
  index: ElementIndex,
  id: string,
  kinds?: readonly ElementKind[],
): ElementPlace | { readonly problem: string } {
  const place = index.get(id);
  if (place !== undefined && (kinds === undefined || kinds.includes(place.kind))) return place;
  if (place !== undefined && kinds !== undefined) {
    return {
      problem: `'${id}' is ${withArticle(kindWord(place.kind))}, not ${withArticle(kindList(kinds))}`,
    };
  }
  const candidates = [...index.values()]
    .filter((candidate) => kinds === undefined || kinds.includes(candidate.kind))
    .map((candidate) => candidate.id);
  const what = kinds === undefined ? 'id' : kindList(kinds);
  return { problem: `unknown ${what} '${id}'${didYouMean(id, candidates)}` };
}
