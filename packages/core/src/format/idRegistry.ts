import type { Diagnostic } from '../diagnostic.js';
import { formatPath } from '../diagnostic.js';
import type { ElementKind } from '../model/walk.js';
import { IdAllocator, slugify } from '../util/slug.js';
import { didYouMean } from '../util/suggest.js';
import type { Location } from './sourceNode.js';

/** An element being built: its canonical fields so far. */
export type Draft = Record<string, unknown>;
export type DraftPath = readonly (string | number)[];

/** An element registered for an id: its draft, where it sits, and what names it. */
export interface ElementSlot {
  readonly kind: ElementKind;
  readonly draft: Draft;
  readonly path: DraftPath;
  /** The name, title or text the element is known by (also the base of a derived id). */
  readonly label: () => string | undefined;
  /** The position of a stage in the journey, for loop checks. */
  readonly order?: number;
}

/** A reference to another element, written as an id (or the slug of that element's name). */
export interface Reference {
  readonly kinds: readonly ElementKind[];
  readonly value: string;
  readonly path: DraftPath;
  readonly loc?: Location;
  /** Writes the resolved id back into the draft. */
  readonly set: (id: string) => void;
  /** A further check once the target is known; returns an error message. */
  readonly check?: (target: ElementSlot) => string | undefined;
}

const kindWords: Record<ElementKind, string> = {
  persona: 'persona',
  stage: 'stage',
  step: 'step',
  touchpoint: 'touchpoint',
  path: 'path',
  insight: 'insight',
  painPoint: 'pain point',
  gain: 'gain',
  opportunity: 'opportunity',
  action: 'action',
  metric: 'metric',
};

/** "step or touchpoint", "stage, step or touchpoint". */
export function kindList(kinds: readonly ElementKind[]): string {
  const words = kinds.map((kind) => kindWords[kind]);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

/**
 * The one id namespace of a journey. Elements register as they are read; explicit ids are
 * claimed first (duplicates are errors), then ids are derived from names in document order
 * (`checkout`, `checkout-2`), then references are resolved.
 */
export class IdRegistry {
  private readonly slots: ElementSlot[] = [];
  private readonly references: Reference[] = [];
  private readonly byId = new Map<string, ElementSlot>();

  constructor(private readonly locate: (path: DraftPath) => Location | undefined) {}

  add(slot: ElementSlot): ElementSlot {
    this.slots.push(slot);
    return slot;
  }

  refer(reference: Reference): void {
    this.references.push(reference);
  }

  /** Claims explicit ids, then derives the missing ones. Returns duplicate-id errors. */
  assignIds(diagnostic: (path: DraftPath, message: string, loc?: Location) => Diagnostic): Diagnostic[] {
    const errors: Diagnostic[] = [];
    const allocator = new IdAllocator();
    for (const slot of this.slots) {
      const id = slot.draft.id;
      if (typeof id !== 'string') continue;
      const first = this.byId.get(id);
      if (first !== undefined || !allocator.claim(id)) {
        const where = first ? ` (already the id of ${formatPath(first.path) || 'the journey'})` : '';
        const idPath = [...slot.path, 'id'];
        errors.push(diagnostic(idPath, `duplicate id '${id}'${where}`, this.locate(idPath)));
        continue;
      }
      this.byId.set(id, slot);
    }
    for (const slot of this.slots) {
      if (slot.draft.id !== undefined) continue;
      const id = allocator.derive(slot.label() ?? kindWords[slot.kind]);
      slot.draft.id = id;
      this.byId.set(id, slot);
    }
    return errors;
  }

  /** Resolves every reference: by id, else by the slug of exactly one element's name. */
  resolve(diagnostic: (path: DraftPath, message: string, loc?: Location) => Diagnostic): Diagnostic[] {
    const errors: Diagnostic[] = [];
    const byName = new NameIndex(this.slots);
    for (const reference of this.references) {
      const target = this.find(reference, byName);
      if (typeof target === 'string') {
        errors.push(diagnostic(reference.path, target, reference.loc));
        continue;
      }
      reference.set(target.draft.id as string);
      const problem = reference.check?.(target);
      if (problem !== undefined) errors.push(diagnostic(reference.path, problem, reference.loc));
    }
    return errors;
  }

  private find(reference: Reference, byName: NameIndex): ElementSlot | string {
    const { kinds, value } = reference;
    const exact = this.byId.get(value);
    if (exact !== undefined && kinds.includes(exact.kind)) return exact;
    const named = byName.get(slugify(value)).filter((slot) => kinds.includes(slot.kind));
    if (named.length === 1 && named[0] !== undefined) return named[0];
    if (exact !== undefined) {
      return `'${value}' is ${article(kindWords[exact.kind])}, not ${article(kindList(kinds))}`;
    }
    const candidates = this.slots
      .filter((slot) => kinds.includes(slot.kind) && typeof slot.draft.id === 'string')
      .map((slot) => slot.draft.id as string);
    const ambiguous = named.length > 1 ? ` (${named.length} elements have that name; use an id)` : '';
    return `unknown ${kindList(kinds)} '${value}'${ambiguous || didYouMean(value, candidates)}`;
  }
}

/**
 * The elements by the slug of their name, in document order; built on the first lookup by name
 * (most references are ids), so each name is slugified once, not once per reference.
 */
class NameIndex {
  private index: Map<string, ElementSlot[]> | undefined;

  constructor(private readonly slots: readonly ElementSlot[]) {}

  get(slug: string): readonly ElementSlot[] {
    if (this.index === undefined) {
      this.index = new Map();
      for (const slot of this.slots) {
        const label = slot.label();
        if (label === undefined) continue;
        const key = slugify(label);
        const named = this.index.get(key);
        if (named === undefined) this.index.set(key, [slot]);
        else named.push(slot);
      }
    }
    return this.index.get(slug) ?? [];
  }
}
