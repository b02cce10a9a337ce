// The ids elements hold to name each other, checked by exact id. A file may name an element by
// its name too (parseJourney resolves it), but a command's result is canonical: every reference
// is the id of an element of the right kind, or the command is refused with a precise message.
import type { ElementKind } from '../model/walk.js';
import type { ElementIndex } from './elementIndex.js';
import { findElement } from './elementIndex.js';
import type { Fields, KeyPath, Reference } from './kindSpecs.js';
import { childrenOf, kindSpecs } from './kindSpecs.js';

/** An element with its descendants' place relative to it. */
export interface SubtreeElement {
  readonly kind: ElementKind;
  readonly element: Fields;
  /** From the subtree's root: `[]`, `['steps', 0]`, `['steps', 0, 'touchpoints', 1]`. */
  readonly path: KeyPath;
}

/** An element and everything it contains (a stage's steps and their touchpoints), root first. */
export function subtree(kind: ElementKind, element: Fields, path: KeyPath = []): SubtreeElement[] {
  const children = childrenOf(kind, element);
  const field = kindSpecs[kind].children?.field;
  const below =
    children === undefined || field === undefined
      ? []
      : children.items.flatMap((item, index) =>
          typeof item === 'object' && item !== null && !Array.isArray(item)
            ? subtree(children.kind, item as Fields, [...path, field, index])
            : [],
        );
  return [{ kind, element, path }, ...below];
}

/** A reference with the id of the element holding it; `path` runs from the journey's root. */
export interface PlacedReference extends Reference {
  readonly owner: string;
}

/** Every reference in the journey. */
export function journeyReferences(index: ElementIndex): PlacedReference[] {
  return [...index.values()].flatMap((place) =>
    kindSpecs[place.kind]
      .references(place.element)
      .map((ref) => ({ ...ref, path: [...place.path, ...ref.path], owner: place.id })),
  );
}

/** The references held by a subtree, with paths from the subtree's root. */
export function subtreeReferences(elements: readonly SubtreeElement[]): Reference[] {
  return elements.flatMap(({ kind, element, path }) =>
    kindSpecs[kind].references(element).map((ref) => ({ ...ref, path: [...path, ...ref.path] })),
  );
}

/** What is wrong with each reference that does not name an element of its kinds in `index`. */
export function referenceProblems(
  refs: readonly Reference[],
  index: ElementIndex,
): { path: KeyPath; message: string }[] {
  return refs.flatMap((ref) => {
    const found = findElement(index, ref.target, ref.kinds);
    return 'problem' in found ? [{ path: ref.path, message: found.problem }] : [];
  });
}

/**
 * Stages whose loop does not go back to an earlier stage, with what is wrong (the same words as
 * parseJourney's).
 */
export function loopProblems(stages: readonly unknown[]): { stage: string; message: string }[] {
  const position = new Map<string, number>();
  stages.forEach((stage, index) => {
    const id = Reflect.get(stage as object, 'id');
    if (typeof id === 'string') position.set(id, index);
  });
  return stages.flatMap((stage, index) => {
    const fields = stage as Fields;
    const to = kindSpecs.stage.references(fields).find((ref) => ref.path[0] === 'loop')?.target;
    const target = to === undefined ? undefined : position.get(to);
    if (target === undefined || target < index) return [];
    const where = target === index ? 'is this stage' : 'comes after it';
    return [
      {
        stage: String(fields.id),
        message: `a stage can only loop back to an earlier stage; '${to}' ${where}`,
      },
    ];
  });
}
