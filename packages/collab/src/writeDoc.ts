// Writing a journey into a Y.Doc as the smallest change from what the document holds: elements
// the edit did not touch are skipped (core's commands share every untouched part of the journey,
// so `===` finds them), touched fields are synced codec by codec, new elements get new maps and
// removed ones are deleted. Concurrent edits to anything else survive.
import type { ElementKind, Journey } from '@waymark/core';
import { blueprintLanes } from '@waymark/core';
import * as Y from 'yjs';
import type { Fields } from './docLayout.js';
import { elementsMap, JOURNEY_KEY, journeyMap, KIND_KEY, walkElements } from './docLayout.js';
import type { FieldTable } from './fieldCodecs.js';
import { elementFields, emotionFields, journeyFields } from './fieldCodecs.js';
import { newArray, plainCopy, syncList, syncText } from './syncYTypes.js';

/** What the document held, as last read, to skip what an edit left alone. */
export interface Previous {
  readonly journey: Journey;
  /** Ids (and JOURNEY_KEY) whose maps hold more than the reading showed: always rewritten. */
  readonly stale: ReadonlySet<string>;
}

/**
 * Makes the document hold `journey`. With `previous` (the journey the document read as, which
 * `journey` was derived from), only what differs from it is written; without, every field is
 * compared with the document. Call inside a transaction.
 */
export function writeJourney(doc: Y.Doc, journey: Journey, previous?: Previous): void {
  const elements = elementsMap(doc);
  const before = new Map<string, { kind: ElementKind; element: Fields }>();
  if (previous)
    walkElements(previous.journey, (kind, element) => before.set(String(element.id), { kind, element }));
  const stale = previous?.stale ?? new Set<string>();

  const present = new Set<string>();
  walkElements(journey, (kind, element) => {
    const id = String(element.id);
    present.add(id);
    const old = before.get(id);
    if (old !== undefined && old.kind === kind && old.element === element && !stale.has(id)) return;
    let map = elements.get(id);
    const reusable =
      map instanceof Y.Map && map.get(KIND_KEY) === kind && (previous === undefined || old !== undefined);
    if (!reusable || !(map instanceof Y.Map)) {
      map = new Y.Map<unknown>();
      elements.set(id, map);
      (map as Y.Map<unknown>).set(KIND_KEY, kind);
    }
    syncFields(map as Y.Map<unknown>, elementFields[kind], element, ['id']);
  });

  // Everything not in the journey goes: removed elements, and those no list reaches any more
  // (the steps of a stage removed while someone moved a step into it), which reading skips.
  for (const id of [...elements.keys()]) if (!present.has(id)) elements.delete(id);

  const root = journeyMap(doc);
  const untouched =
    previous && !stale.has(JOURNEY_KEY)
      ? journeyFields
          .filter(([field]) => Reflect.get(previous.journey, field) === Reflect.get(journey, field))
          .map(([field]) => field)
      : [];
  syncFields(root, journeyFields, journey as unknown as Fields, untouched);
}

/** Makes `map` hold `values` for every field of `table` but those in `skip`. */
function syncFields(map: Y.Map<unknown>, table: FieldTable, values: Fields, skip: readonly string[]): void {
  for (const [field, codec] of table) {
    if (skip.includes(field)) continue;
    const value = values[field];
    const current = map.get(field);
    switch (codec) {
      case 'value':
        if (value === undefined) {
          if (map.has(field)) map.delete(field);
        } else if (!sameValue(current, value)) map.set(field, plainCopy(value));
        break;
      case 'text': {
        const text = typeof value === 'string' ? value : '';
        if (current instanceof Y.Text) syncText(current, text);
        else map.set(field, new Y.Text(text));
        break;
      }
      case 'list':
      case 'children': {
        const items = Array.isArray(value) ? value : [];
        const wanted = codec === 'children' ? items.map((item) => String((item as Fields).id)) : items;
        if (current instanceof Y.Array) syncList(current, wanted);
        else map.set(field, newArray(wanted));
        break;
      }
      case 'emotions':
        syncEmotions(childMap(map, field), (value ?? {}) as Readonly<Record<string, Fields>>);
        break;
      case 'blueprint': {
        const lanes = childMap(map, field);
        for (const lane of blueprintLanes) {
          const wanted = (value as Readonly<Record<string, unknown>> | undefined)?.[lane];
          const items = Array.isArray(wanted) ? wanted : [];
          const list = lanes.get(lane);
          if (list instanceof Y.Array) syncList(list, items);
          else lanes.set(lane, newArray(items));
        }
        break;
      }
    }
  }
}

/** The Y.Map under `field`, made when missing. */
function childMap(map: Y.Map<unknown>, field: string): Y.Map<unknown> {
  const current = map.get(field);
  if (current instanceof Y.Map) return current;
  const created = new Y.Map<unknown>();
  map.set(field, created);
  return created;
}

/** One Y.Map per persona's emotion; only changed emotions are written. */
function syncEmotions(map: Y.Map<unknown>, emotions: Readonly<Record<string, Fields>>): void {
  for (const persona of [...map.keys()]) if (!Object.hasOwn(emotions, persona)) map.delete(persona);
  for (const [persona, emotion] of Object.entries(emotions)) {
    syncFields(childMap(map, persona), emotionFields, emotion, []);
  }
}

/** Deep equality of plain JSON values. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) => Object.hasOwn(b, key) && sameValue(Reflect.get(a, key), Reflect.get(b, key)))
  );
}
