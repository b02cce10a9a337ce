// Reading a journey out of a Y.Doc, repairing what concurrent edits can leave behind so the
// result is always a valid journey (the rules are listed in journeyDoc.ts). Reading is a pure
// function of the document's state, so every replica holding the same state reads the same
// journey, repairs included.
import type { ElementKind, Journey } from '@waymark/core';
import { blueprintLanes, Journey as JourneySchema } from '@waymark/core';
import * as Y from 'yjs';
import { elementsMap, JOURNEY_KEY, journeyMap, KIND_KEY } from './docLayout.js';
import type { FieldTable } from './fieldCodecs.js';
import {
  childKinds,
  collections,
  elementFields,
  emotionFields,
  journeyFields,
  kindSchemas,
  schemaDefaults,
} from './fieldCodecs.js';
import { plainCopy } from './syncYTypes.js';

export interface DocReading {
  readonly journey: Journey;
  /** Ids (and JOURNEY_KEY) whose maps hold more than was read: duplicates, dangling ids, … */
  readonly stale: ReadonlySet<string>;
}

/** The ids a list field may hold, by kind of element (`insights` everywhere, `at`, …). */
const referenceFields: { readonly [K in ElementKind]?: Readonly<Record<string, readonly ElementKind[]>> } = {
  stage: { insights: ['insight'] },
  step: { insights: ['insight'] },
  touchpoint: { insights: ['insight'] },
  path: { insights: ['insight'], rejoin: ['step'] },
  insight: { personas: ['persona'] },
  painPoint: { at: ['step', 'touchpoint'], personas: ['persona'], insights: ['insight'] },
  gain: { at: ['step', 'touchpoint'], personas: ['persona'], insights: ['insight'] },
  opportunity: { addresses: ['painPoint'], metrics: ['metric'], insights: ['insight'] },
  action: { opportunity: ['opportunity'] },
  metric: { at: ['stage', 'step', 'touchpoint'], insights: ['insight'] },
};

interface Shape {
  readonly defaults: ReadonlyMap<string, () => unknown>;
  readonly required: ReadonlySet<string>;
}

function shapeOf(schema: typeof JourneySchema | (typeof kindSchemas)[ElementKind]): Shape {
  const required = new Set(
    Object.entries(schema.shape)
      .filter(
        ([, type]) => !(type as { safeParse(v: unknown): { success: boolean } }).safeParse(undefined).success,
      )
      .map(([field]) => field),
  );
  return { defaults: schemaDefaults(schema), required };
}

const journeyShape = shapeOf(JourneySchema);
const kindShapes = Object.fromEntries(
  Object.entries(kindSchemas).map(([kind, schema]) => [kind, shapeOf(schema)]),
) as Readonly<Record<ElementKind, Shape>>;

/** An element the lists name, with its map and its visible children. */
interface Node {
  readonly kind: ElementKind;
  readonly map: Y.Map<unknown>;
  readonly children: Map<string, string[]>;
}

/** Reads the document's journey, repaired; see journeyDoc.ts for the repair rules. */
export function readDoc(doc: Y.Doc): DocReading {
  const root = journeyMap(doc);
  const elements = elementsMap(doc);
  const stale = new Set<string>();
  const nodes = new Map<string, Node>();

  // Pass 1: which ids are visible, and where. An id listed twice is kept at its first place in
  // document order; an id without an element of the list's kind is skipped.
  const claim = (kind: ElementKind, list: unknown, owner: string): string[] => {
    const raw = list instanceof Y.Array ? list.toArray() : [];
    const visible: string[] = [];
    for (const id of raw) {
      if (typeof id !== 'string' || nodes.has(id)) continue;
      const map = elements.get(id);
      if (!(map instanceof Y.Map) || map.get(KIND_KEY) !== kind) continue;
      const node: Node = { kind, map, children: new Map() };
      nodes.set(id, node);
      visible.push(id);
      for (const [field, codec] of elementFields[kind]) {
        const childKind = childKinds[field];
        if (codec === 'children' && childKind !== undefined) {
          node.children.set(field, claim(childKind, map.get(field), id));
        }
      }
    }
    if (visible.length !== raw.length) stale.add(owner);
    return visible;
  };
  const lists = new Map<string, string[]>();
  for (const [field, kind] of collections) lists.set(field, claim(kind, root.get(field), JOURNEY_KEY));

  // A path branches from a step: one whose step is gone goes too, with its steps (which other
  // paths may branch from: repeat until nothing changes).
  const unclaim = (id: string) => {
    const node = nodes.get(id);
    nodes.delete(id);
    for (const children of node?.children.values() ?? []) for (const child of children) unclaim(child);
  };
  for (let dropped = true; dropped; ) {
    dropped = false;
    const paths = lists.get('paths') ?? [];
    for (const id of paths) {
      const from = nodes.get(id)?.map.get('from');
      if (typeof from !== 'string' || nodes.get(from)?.kind !== 'step') {
        unclaim(id);
        lists.set(
          'paths',
          paths.filter((other) => other !== id),
        );
        stale.add(JOURNEY_KEY);
        dropped = true;
        break;
      }
    }
  }

  const isKind = (id: unknown, kinds: readonly ElementKind[]): id is string => {
    if (typeof id !== 'string') return false;
    const kind = nodes.get(id)?.kind;
    return kind !== undefined && kinds.includes(kind);
  };
  const stageOrder = new Map((lists.get('stages') ?? []).map((id, index) => [id, index]));

  // Pass 2: the elements' fields, with every reference checked against what is visible.
  const build = (id: string): Record<string, unknown> => {
    const node = nodes.get(id) as Node;
    const { kind, map } = node;
    const refs = referenceFields[kind] ?? {};
    const repaired = () => stale.add(id);
    const element = readFields(map, elementFields[kind], kindShapes[kind], id, repaired, (field, value) => {
      const children = node.children.get(field);
      if (children !== undefined) return children.map(build);
      const kinds = refs[field];
      if (kinds === undefined) return value;
      if (Array.isArray(value)) {
        const kept = [...new Set(value)].filter((target) => isKind(target, kinds));
        if (kept.length !== value.length) repaired();
        return kept;
      }
      if (value === undefined || isKind(value, kinds)) return value;
      repaired();
      return undefined;
    });
    if (kind === 'stage' && element.loop !== undefined) {
      const to = Reflect.get(element.loop as object, 'to');
      if (
        !(
          typeof to === 'string' &&
          (stageOrder.get(to) ?? Number.POSITIVE_INFINITY) < (stageOrder.get(id) ?? 0)
        )
      ) {
        delete element.loop;
        repaired();
      }
    }
    if (kind === 'action' && element.kpi !== undefined) {
      if (!isKind(Reflect.get(element.kpi as object, 'metric'), ['metric'])) {
        delete element.kpi;
        repaired();
      }
    }
    if (kind === 'step') element.emotions = readEmotions(map.get('emotions'), isKind, repaired);
    return element;
  };

  const journey = readFields(root, journeyFields, journeyShape, String(root.get('id') ?? 'journey'), () =>
    stale.add(JOURNEY_KEY),
  );
  for (const [field] of collections) journey[field] = (lists.get(field) ?? []).map(build);
  return { journey: journey as Journey, stale };
}

/**
 * A map's fields by `table`, in the table's order. Absent fields take their schema default; an
 * empty text is an absent field, or the id when the field is required (a name typed away
 * concurrently). `adjust` sees each read value and may change it (references, children).
 */
function readFields(
  map: Y.Map<unknown>,
  table: FieldTable,
  shape: Shape,
  id: string,
  repaired: () => void,
  adjust: (field: string, value: unknown) => unknown = (_, value) => value,
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [field, codec] of table) {
    let value: unknown;
    const raw = map.get(field);
    switch (codec) {
      case 'value':
        value = field === 'id' && raw === undefined ? id : plainCopy(raw);
        break;
      case 'text':
        if (raw instanceof Y.Text) {
          const written = raw.toString();
          const text = written.trim();
          if (text !== written) repaired();
          value = text === '' ? undefined : text;
        }
        if (value === undefined && shape.required.has(field)) {
          value = id;
          repaired();
        }
        break;
      case 'list':
        value = raw instanceof Y.Array ? raw.toArray().map(plainCopy) : undefined;
        break;
      case 'children':
        value = [];
        break;
      case 'emotions':
        value = {};
        break;
      case 'blueprint':
        value = readBlueprint(raw);
        break;
    }
    value = adjust(field, value);
    if (value === undefined) value = shape.defaults.get(field)?.();
    if (value !== undefined) fields[field] = value;
  }
  return fields;
}

function readBlueprint(raw: unknown): Record<string, unknown[]> {
  const lanes: Record<string, unknown[]> = {};
  for (const lane of blueprintLanes) {
    const list = raw instanceof Y.Map ? raw.get(lane) : undefined;
    lanes[lane] = list instanceof Y.Array ? list.toArray() : [];
  }
  return lanes;
}

const emotionShape: Shape = {
  defaults: new Map([
    ['thoughts', () => []],
    ['insights', () => []],
  ]),
  required: new Set(),
};

/** A step's emotions; those of personas that are gone are dropped, and so are dangling insights. */
function readEmotions(
  raw: unknown,
  isKind: (id: unknown, kinds: readonly ElementKind[]) => boolean,
  repaired: () => void,
): Record<string, unknown> {
  const emotions: Record<string, unknown> = {};
  if (!(raw instanceof Y.Map)) return emotions;
  for (const [persona, map] of raw.entries()) {
    if (!(map instanceof Y.Map) || !isKind(persona, ['persona']) || typeof map.get('score') !== 'number') {
      repaired();
      continue;
    }
    emotions[persona] = readFields(map, emotionFields, emotionShape, persona, repaired, (field, value) => {
      if (field !== 'insights' || !Array.isArray(value)) return value;
      const kept = [...new Set(value)].filter((target) => isKind(target, ['insight']));
      if (kept.length !== value.length) repaired();
      return kept;
    });
  }
  return emotions;
}
