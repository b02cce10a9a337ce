import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbJourney } from '../../../../test/arbitraries.js';
import type { Journey } from '../model/journey.js';
import { templates } from '../templates/index.js';
import { parseJourney, validateJourney, validateJourneyPrecisely } from './parseJourney.js';
import { validateCanonical } from './validateCanonical.js';

// validateJourney checks a canonical document directly (validateCanonical) and normalises
// anything else. The guarantee these tests hold: whatever the fast check accepts, the precise
// path accepts too, with the same journey and no warning; and validateJourney's answer is always
// the precise path's.

type Key = string | number;
type Tree = Record<string, unknown> | unknown[];

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null;

/** Every map and list in a document with its path, root first. */
function nodes(value: unknown, path: Key[] = []): { path: Key[]; node: Tree }[] {
  if (!isTree(value)) return [];
  const children = Array.isArray(value)
    ? value.flatMap((item, index) => nodes(item, [...path, index]))
    : Object.entries(value).flatMap(([key, item]) => nodes(item, [...path, key]));
  return [{ path, node: value }, ...children];
}

function nodeAt(root: unknown, path: readonly Key[]): Tree {
  let current = root;
  for (const key of path) current = Reflect.get(current as object, key);
  if (!isTree(current)) throw new Error(`no map or list at ${path.join('.')}`);
  return current;
}

/** Fields holding one id of another element, and fields holding a list of them (below the root). */
const oneRefFields = new Set(['at', 'from', 'rejoin', 'to', 'opportunity', 'metric']);
const listRefFields = new Set(['insights', 'personas', 'addresses', 'metrics']);

/** Where a reference sits: its holder and key; emotions are keyed by persona id. */
interface RefSlot {
  readonly holder: readonly Key[];
  readonly key: Key;
  readonly value: string;
  readonly emotionKey: boolean;
}

function referenceSlots(journey: unknown): RefSlot[] {
  return nodes(journey).flatMap(({ path, node }): RefSlot[] => {
    if (path.length === 0 || Array.isArray(node)) return [];
    const field = path.at(-1);
    if (field === 'emotions') {
      return Object.keys(node).map((key) => ({ holder: path, key, value: key, emotionKey: true }));
    }
    return Object.entries(node).flatMap(([key, value]): RefSlot[] => {
      if (oneRefFields.has(key) && typeof value === 'string') {
        return [{ holder: path, key, value, emotionKey: false }];
      }
      if (listRefFields.has(key) && Array.isArray(value)) {
        return value.map((item, index) => ({
          holder: [...path, key],
          key: index,
          value: String(item),
          emotionKey: false,
        }));
      }
      return [];
    });
  });
}

/** Every element below the root, with its id and the name, title or text it is known by. */
function elements(journey: unknown): { path: Key[]; id: string; label: string | undefined }[] {
  return nodes(journey).flatMap(({ path, node }) => {
    if (path.length === 0 || Array.isArray(node) || typeof node.id !== 'string') return [];
    const label = [node.name, node.title, node.text, node.channel].find((v) => typeof v === 'string');
    return [{ path, id: node.id, label: label as string | undefined }];
  });
}

/** Sets a reference to another value (renaming the key for an emotion). */
function setReference(document: unknown, slot: RefSlot, value: string): void {
  const holder = nodeAt(document, slot.holder) as Record<string, unknown>;
  if (!slot.emotionKey) {
    holder[slot.key] = value;
    return;
  }
  const renamed = Object.entries(holder).map(([key, item]): [string, unknown] => [
    key === slot.key ? value : key,
    item,
  ]);
  for (const key of Object.keys(holder)) delete holder[key];
  for (const [key, item] of renamed) {
    Object.defineProperty(holder, key, { value: item, enumerable: true, writable: true, configurable: true });
  }
}

/** Fields a hand-written file may hold and a canonical document may not, and plain mistakes. */
const strayKeys = [
  'nope',
  'colour',
  'thinking',
  'pains',
  'pain',
  'gain',
  'frontstage',
  'moment-of-truth',
  'format-version',
  'journey',
  '__proto__',
];
const strayValues: unknown[] = [
  undefined,
  null,
  0,
  7,
  true,
  'x',
  '  padded  ',
  '',
  [],
  ['x'],
  {},
  { reason: 'r' },
  new Date(0),
];

/** One change to a valid journey, chosen by numbers (taken modulo what the journey offers). */
type Mutation =
  | { readonly kind: 'break-reference'; readonly slot: number; readonly to: number }
  | { readonly kind: 'name-for-id'; readonly slot: number }
  | { readonly kind: 'duplicate-id'; readonly element: number; readonly other: number }
  | { readonly kind: 'stray-key'; readonly node: number; readonly key: number; readonly value: number }
  | { readonly kind: 'set-field'; readonly node: number; readonly field: number; readonly value: number }
  | { readonly kind: 'loop'; readonly stage: number; readonly to: number };

const arbMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('break-reference' as const), slot: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('name-for-id' as const), slot: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-id' as const), element: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('stray-key' as const), node: fc.nat(), key: fc.nat(), value: fc.nat() }),
  fc.record({ kind: fc.constant('set-field' as const), node: fc.nat(), field: fc.nat(), value: fc.nat() }),
  fc.record({ kind: fc.constant('loop' as const), stage: fc.nat(), to: fc.nat() }),
);

const pick = <T>(items: readonly T[], n: number): T | undefined => items[n % Math.max(1, items.length)];

/** A copy of the journey with one change; what the change is, for the assertion messages. */
function mutate(journey: Journey, mutation: Mutation): { document: unknown; change: string } {
  const document: unknown = structuredClone(journey);
  const all = elements(document);
  switch (mutation.kind) {
    case 'break-reference': {
      const slot = pick(referenceSlots(document), mutation.slot);
      if (slot === undefined) return { document, change: 'none' };
      const to = pick([...all.map((e) => e.id), 'no-such-id'], mutation.to) ?? 'no-such-id';
      setReference(document, slot, to);
      return { document, change: `reference ${slot.value} → ${to}` };
    }
    case 'name-for-id': {
      const slot = pick(referenceSlots(document), mutation.slot);
      const label = all.find((e) => e.id === slot?.value)?.label;
      if (slot === undefined || label === undefined) return { document, change: 'none' };
      setReference(document, slot, label);
      return { document, change: `reference ${slot.value} → its name ${label}` };
    }
    case 'duplicate-id': {
      const element = pick(all, mutation.element);
      const other = pick(all, mutation.other);
      if (element === undefined || other === undefined) return { document, change: 'none' };
      (nodeAt(document, element.path) as Record<string, unknown>).id = other.id;
      return { document, change: `id ${element.id} → ${other.id}` };
    }
    case 'stray-key': {
      const maps = nodes(document).filter(({ node }) => !Array.isArray(node));
      const target = pick(maps, mutation.node);
      const key = pick(strayKeys, mutation.key) ?? 'nope';
      const value = pick(strayValues, mutation.value);
      if (target === undefined) return { document, change: 'none' };
      // A key the node already has (an alias like `frontstage` is a real key of a blueprint) is
      // a changed field, not a stray one.
      const replaced = Object.hasOwn(target.node, key);
      Object.defineProperty(target.node, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return { document, change: `${key} ${replaced ? 'replaced' : 'added'} at ${target.path.join('.')}` };
    }
    case 'set-field': {
      const target = pick(nodes(document), mutation.node);
      if (target === undefined) return { document, change: 'none' };
      const keys: Key[] = Array.isArray(target.node)
        ? target.node.map((_, index) => index)
        : Object.keys(target.node);
      const field = pick(keys, mutation.field);
      if (field === undefined) return { document, change: 'none' };
      const value = pick(strayValues, mutation.value);
      Reflect.set(target.node, field, value);
      return { document, change: `${[...target.path, field].join('.')} set to ${String(value)}` };
    }
    case 'loop': {
      const stages = (document as Journey).stages;
      const stage = pick(stages, mutation.stage);
      const to = pick(stages, mutation.to);
      if (stage === undefined || to === undefined) return { document, change: 'none' };
      stage.loop = { to: to.id };
      return { document, change: `${stage.id} loops to ${to.id}` };
    }
  }
}

/** The guarantee, for one document. */
function expectFastAgreesWithPrecise(document: unknown, change = '') {
  const fast = validateCanonical(document);
  const precise = validateJourneyPrecisely(document);
  if (fast !== undefined) expect(precise, change).toStrictEqual({ ok: true, journey: fast, warnings: [] });
  expect(validateJourney(document), change).toStrictEqual(precise);
}

describe('validateJourney: the canonical fast path gives the precise path’s answer', () => {
  it('accepts every valid canonical journey as it is, and from JSON', () => {
    fc.assert(
      fc.property(arbJourney(), (journey) => {
        expect(validateCanonical(journey)).toStrictEqual(journey);
        expect(validateCanonical(JSON.parse(JSON.stringify(journey)))).toStrictEqual(journey);
        expect(validateJourneyPrecisely(journey)).toStrictEqual({ ok: true, journey, warnings: [] });
        expect(validateJourney(journey)).toStrictEqual({ ok: true, journey, warnings: [] });
      }),
      { numRuns: 100 },
    );
  });

  it('accepts every template once read', () => {
    for (const template of templates) {
      const parsed = parseJourney(template.source);
      if (!parsed.ok) throw new Error(`template ${template.id} does not parse`);
      expect(validateCanonical(parsed.journey), template.id).toStrictEqual(parsed.journey);
    }
  });

  it('accepts only what the precise path accepts the same way, whatever is changed', () => {
    fc.assert(
      fc.property(arbJourney(), arbMutation, (journey, mutation) => {
        const { document, change } = mutate(journey, mutation);
        expectFastAgreesWithPrecise(document, change);
      }),
      { numRuns: 400 },
    );
  });

  it('leaves a broken or duplicated id, a name for an id, and a stray key to the precise path', () => {
    fc.assert(
      fc.property(arbJourney(), arbMutation, (journey, mutation) => {
        const { document, change } = mutate(journey, mutation);
        const ids = new Set(elements(journey).map((e) => e.id));
        const [, before, after] = /^\S+ (\S+) → (?:its name )?(.+)$/s.exec(change) ?? [];
        const unknownReference = change.startsWith('reference') && !ids.has(after ?? '');
        const duplicate = change.startsWith('id') && before !== after;
        const stray = change.includes(' added at ');
        if (unknownReference || duplicate || stray)
          expect(validateCanonical(document), change).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});

describe('validateCanonical', () => {
  const journey: Journey = {
    formatVersion: 1,
    id: 'shop',
    title: 'Shop',
    scope: 'high-level',
    state: 'current',
    status: 'draft',
    tags: [],
    personas: [
      { id: 'shopper', name: 'Budget shopper', goals: [], needs: [], frustrations: [], behaviours: [] },
    ],
    stages: [
      {
        id: 'buy',
        name: 'Buy',
        steps: [
          {
            id: 'checkout',
            name: 'Checkout',
            touchpoints: [{ id: 'web', channel: 'web', insights: [] }],
            emotions: { shopper: { score: -1, thoughts: [], insights: [] } },
            thoughts: [],
            blueprint: { frontstage: [], backstage: [], support: [], systems: [], physical: [] },
            insights: [],
          },
        ],
        insights: [],
      },
    ],
    paths: [],
    insights: [],
    painPoints: [
      { id: 'slow', title: 'Slow', at: 'checkout', severity: 3, personas: ['shopper'], insights: [] },
    ],
    gains: [],
    opportunities: [],
    actions: [],
    metrics: [],
  };
  const changed = (edit: (draft: Journey) => void): Journey => {
    const draft = structuredClone(journey);
    edit(draft);
    return draft;
  };

  it('accepts a clean canonical journey, and the minimal form the schema completes', () => {
    expect(validateCanonical(journey)).toStrictEqual(journey);
    const minimal = { id: 'shop', title: 'Shop' };
    expect(validateCanonical(minimal)).toBeDefined();
    expect(validateCanonical(minimal)).toStrictEqual(journeyOf(minimal));
  });

  it('refuses a reference by name, which only the precise path resolves', () => {
    const byName = changed((draft) => {
      const pain = draft.painPoints[0];
      if (pain) pain.personas = ['Budget shopper'];
    });
    expect(validateCanonical(byName)).toBeUndefined();
    expect(validateJourney(byName)).toStrictEqual({ ok: true, journey, warnings: [] });
  });

  it('refuses a reference to an element of another kind, with the precise message', () => {
    const wrongKind = changed((draft) => {
      const pain = draft.painPoints[0];
      if (pain) pain.at = 'buy';
    });
    expect(validateCanonical(wrongKind)).toBeUndefined();
    expect(validateJourney(wrongKind)).toMatchObject({
      ok: false,
      errors: [{ path: 'painPoints[0].at', message: "'buy' is a stage, not a step or touchpoint" }],
    });
  });

  it('refuses an emotion of an unknown persona and a stage looping to itself', () => {
    const stranger = changed((draft) => {
      const step = draft.stages[0]?.steps[0];
      if (step) step.emotions = { stranger: { score: 0, thoughts: [], insights: [] } };
    });
    expect(validateCanonical(stranger)).toBeUndefined();
    const selfLoop = changed((draft) => {
      const stage = draft.stages[0];
      if (stage) stage.loop = { to: 'buy' };
    });
    expect(validateCanonical(selfLoop)).toBeUndefined();
    expect(validateJourney(selfLoop)).toMatchObject({
      ok: false,
      errors: [{ message: "a stage can only loop back to an earlier stage; 'buy' is this stage" }],
    });
  });

  it('refuses data that is not plain: class instances, hidden keys, undefined values, holes', () => {
    class Shop {
      id = 'shop';
      title = 'Shop';
    }
    const hidden = { id: 'shop' };
    Object.defineProperty(hidden, 'title', { value: 'Shop', enumerable: false });
    const holes = changed((draft) => {
      draft.tags = ['a', 'b'];
    });
    delete holes.tags[0];
    for (const document of [
      new Shop(),
      hidden,
      { id: 'shop', title: 'Shop', owner: undefined },
      holes,
      changed((draft) => Object.assign(draft, { description: undefined })),
    ]) {
      expect(validateCanonical(document)).toBeUndefined();
      expectFastAgreesWithPrecise(document);
    }
  });

  it('refuses a document nested deeper than any journey instead of overflowing', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 100_000; level++) deep = [deep];
    expect(validateCanonical({ id: 'shop', title: 'Shop', tags: deep })).toBeUndefined();
  });
});

function journeyOf(document: unknown): Journey | undefined {
  const result = validateJourneyPrecisely(document);
  return result.ok ? result.journey : undefined;
}
