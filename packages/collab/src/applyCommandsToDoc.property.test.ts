// Properties of core's commands applied to Y.Docs: on one replica the doc always reads as core's
// result, and on two or three replicas that edit concurrently and exchange updates in random
// order, every replica ends with the same, valid journey.
import type { ElementKind, Journey, JourneyCommand } from '@waymark/core';
import {
  allSteps,
  applyCommands,
  formatDiagnostic,
  indexIds,
  parseJourney,
  templates,
  validateJourney,
} from '@waymark/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { arbJourney, arbText } from '../../../test/arbitraries.js';
import { applyCommandsToDoc } from './applyCommandsToDoc.js';
import { docToJourney, journeyToDoc } from './journeyDoc.js';

const templateJourneys: Journey[] = templates.map((template) => {
  const parsed = parseJourney(template.source);
  if (!parsed.ok) throw new Error(`template ${template.id} does not parse`);
  return parsed.journey;
});

const arbStart = fc.oneof(fc.constantFrom(...templateJourneys), arbJourney({ maxStages: 4, maxSteps: 3 }));

/** Small journeys, so concurrent replicas often edit, move and remove the same elements. */
const arbSmallStart = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...templateJourneys) },
  {
    weight: 3,
    arbitrary: arbJourney({ maxPersonas: 2, maxStages: 2, maxSteps: 2, maxTouchpoints: 2, maxItems: 2 }),
  },
);

const kinds = [
  'persona',
  'stage',
  'step',
  'touchpoint',
  'path',
  'insight',
  'painPoint',
  'gain',
  'opportunity',
  'action',
  'metric',
] as const satisfies readonly ElementKind[];

/** The random choices a command is built from, once the journey it applies to is known. */
const arbChoice = fc.record({
  op: fc.constantFrom(
    'journey.set',
    'add',
    'add',
    'update',
    'update',
    'move',
    'move',
    'remove',
    'emotion.set',
    'emotion.clear',
    'measurement.add',
  ),
  kind: fc.constantFrom(...kinds),
  // Often one of the first few elements, so concurrent replicas often edit the same one.
  a: fc.oneof(fc.nat({ max: 3 }), fc.nat()),
  b: fc.nat(),
  c: fc.nat(),
  text: arbText(),
  score: fc.integer({ min: -4, max: 4 }).map((half) => half / 2 || 0),
  date: fc
    .integer({ min: 0, max: 3650 })
    .map((days) => new Date(Date.UTC(2020, 0, 1 + days)).toISOString().slice(0, 10)),
});
type Choice = typeof arbChoice extends fc.Arbitrary<infer T> ? T : never;

const pick = <T>(items: readonly T[], n: number): T | undefined =>
  items.length === 0 ? undefined : items[n % items.length];

function idsOf(journey: Journey, ...wanted: ElementKind[]): string[] {
  return [...indexIds(journey)].filter(([, kind]) => wanted.includes(kind)).map(([id]) => id);
}

/** Where each element sits: its kind, its parent (steps, touchpoints) and the length of its list. */
function places(journey: Journey): { id: string; kind: ElementKind; length: number }[] {
  const found: { id: string; kind: ElementKind; length: number }[] = [];
  const list = (kind: ElementKind, items: readonly { id: string }[]) => {
    for (const item of items) found.push({ id: item.id, kind, length: items.length });
  };
  list('persona', journey.personas);
  list('stage', journey.stages);
  list('path', journey.paths);
  for (const owner of [...journey.stages, ...journey.paths]) {
    list('step', owner.steps);
    for (const step of owner.steps) list('touchpoint', step.touchpoints);
  }
  list('insight', journey.insights);
  list('painPoint', journey.painPoints);
  list('gain', journey.gains);
  list('opportunity', journey.opportunities);
  list('action', journey.actions);
  list('metric', journey.metrics);
  return found;
}

function itemFor(journey: Journey, kind: ElementKind, choice: Choice): Record<string, unknown> {
  const { text, b } = choice;
  const at = pick(idsOf(journey, 'step', 'touchpoint'), b);
  switch (kind) {
    case 'touchpoint':
      return { channel: 'web', name: text };
    case 'insight':
      return { text };
    case 'path':
      return { name: text, from: pick(idsOf(journey, 'step'), b) };
    case 'painPoint':
    case 'gain':
      return { title: text, ...(at ? { at } : {}), personas: idsOf(journey, 'persona').slice(0, 1) };
    case 'opportunity':
      return { title: text, addresses: idsOf(journey, 'painPoint').slice(0, 1) };
    case 'action': {
      const opportunity = pick(idsOf(journey, 'opportunity'), b);
      return { title: text, ...(opportunity ? { opportunity } : {}) };
    }
    case 'metric':
      return { name: text, ...(at ? { at } : {}) };
    case 'step':
      return { name: text, touchpoints: [{ channel: 'app' }] };
    default:
      return { name: text };
  }
}

const labelField: Record<ElementKind, string> = {
  persona: 'name',
  stage: 'name',
  step: 'name',
  touchpoint: 'name',
  path: 'name',
  insight: 'text',
  painPoint: 'title',
  gain: 'title',
  opportunity: 'title',
  action: 'title',
  metric: 'name',
};

/** A command for the journey as one replica sees it now: mostly valid, sometimes refused. */
function commandFor(journey: Journey, choice: Choice): JourneyCommand {
  const { a, b, c, kind } = choice;
  const place = pick(places(journey), a);
  const step = pick(allSteps(journey), a)?.step;
  switch (choice.op) {
    case 'journey.set':
      return {
        op: 'journey.set',
        set: b % 2 ? { title: choice.text } : { status: 'in-review', tags: [choice.text] },
      };
    case 'add': {
      const parents = kind === 'step' ? idsOf(journey, 'stage', 'path') : idsOf(journey, 'step');
      const parent = kind === 'step' || kind === 'touchpoint' ? pick(parents, b) : undefined;
      const index = c % 3 === 0 ? { index: 0 } : {};
      return {
        op: 'add',
        kind,
        item: itemFor(journey, kind, choice),
        ...(parent ? { parent } : {}),
        ...index,
      };
    }
    case 'update': {
      if (place === undefined) return { op: 'journey.set', set: {} };
      // Edit a word inside the label (as typing does) or set another field.
      const set =
        c % 3 === 0 && (place.kind === 'painPoint' || place.kind === 'gain')
          ? { severity: (c % 5) + 1 }
          : { [labelField[place.kind]]: c % 2 ? choice.text : `${choice.text} ${place.id}` };
      return { op: 'update', id: place.id, set };
    }
    case 'move': {
      if (place === undefined) return { op: 'journey.set', set: {} };
      const parents = place.kind === 'step' ? idsOf(journey, 'stage', 'path') : idsOf(journey, 'step');
      const parent =
        (place.kind === 'step' || place.kind === 'touchpoint') && c % 2 ? pick(parents, c) : undefined;
      return { op: 'move', id: place.id, index: b % (place.length + 1), ...(parent ? { parent } : {}) };
    }
    case 'remove':
      return { op: 'remove', id: place?.id ?? 'nothing' };
    case 'emotion.set':
      return {
        op: 'emotion.set',
        step: step?.id ?? 'nothing',
        persona: pick(idsOf(journey, 'persona'), b) ?? 'nobody',
        score: choice.score,
        ...(c % 2 ? { thoughts: [choice.text] } : {}),
      };
    case 'emotion.clear':
      return {
        op: 'emotion.clear',
        step: step?.id ?? 'nothing',
        persona: pick(Object.keys(step?.emotions ?? {}), b) ?? 'nobody',
      };
    default:
      return {
        op: 'measurement.add',
        metric: pick(idsOf(journey, 'metric'), b) ?? 'nothing',
        measurement: { date: choice.date, value: choice.score * 10 },
      };
  }
}

/** Sends what `from` has and `to` lacks, as a client and server exchange updates. */
function send(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

function expectValid(journey: Journey): void {
  const checked = validateJourney(journey);
  if (!checked.ok) throw new Error(checked.errors.map(formatDiagnostic).join('\n'));
  expect(checked.journey).toStrictEqual(journey);
}

describe('applyCommandsToDoc (properties)', () => {
  it('on one replica, the doc always reads as core’s result, and a refused command changes nothing', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(arbStart, fc.array(arbChoice, { minLength: 1, maxLength: 12 }), (start, choices) => {
        const doc = journeyToDoc(start);
        let journey = start;
        for (const choice of choices) {
          const command = commandFor(journey, choice);
          const expected = applyCommands(journey, [command]);
          const before = Y.encodeStateVector(doc);
          const result = applyCommandsToDoc(doc, [command]);
          expect(result).toStrictEqual(expected);
          if (!result.ok) {
            refused++;
            expect(Y.encodeStateVector(doc)).toStrictEqual(before);
            continue;
          }
          accepted++;
          journey = result.journey;
          expect(docToJourney(doc)).toStrictEqual(journey);
        }
        const replica = new Y.Doc();
        send(doc, replica);
        expect(docToJourney(replica)).toStrictEqual(journey);
      }),
      { numRuns: 60 },
    );
    expect(accepted).toBeGreaterThan(refused);
    expect(refused).toBeGreaterThan(0);
  });

  it('two or three replicas editing concurrently, exchanging updates in random order, converge on a valid journey', () => {
    const arbStep = fc.oneof(
      { weight: 3, arbitrary: fc.record({ edit: fc.nat(), choice: arbChoice }) },
      { weight: 1, arbitrary: fc.record({ from: fc.nat(), to: fc.nat() }) },
    );
    let merged = 0;
    fc.assert(
      fc.property(
        arbSmallStart,
        fc.integer({ min: 2, max: 3 }),
        fc.array(arbStep, { minLength: 2, maxLength: 24 }),
        (start, count, steps) => {
          const first = journeyToDoc(start);
          const replicas = [first];
          for (let i = 1; i < count; i++) {
            const replica = new Y.Doc();
            send(first, replica);
            replicas.push(replica);
          }
          for (const step of steps) {
            if ('edit' in step) {
              const doc = replicas[step.edit % count] as Y.Doc;
              const result = applyCommandsToDoc(doc, [commandFor(docToJourney(doc), step.choice)]);
              if (result.ok) merged++;
            } else {
              const from = replicas[step.from % count] as Y.Doc;
              const to = replicas[step.to % count] as Y.Doc;
              if (from !== to) send(from, to);
              // Any replica's state, mid-exchange, reads as a valid journey.
              expectValid(docToJourney(to));
            }
          }
          for (const from of replicas) for (const to of replicas) if (from !== to) send(from, to);
          const journeys = replicas.map(docToJourney);
          for (const journey of journeys) expect(journey).toStrictEqual(journeys[0]);
          expectValid(journeys[0] as Journey);
          // After the merge, the replicas keep editing and converging.
          const doc = replicas[0] as Y.Doc;
          applyCommandsToDoc(doc, [{ op: 'journey.set', set: { title: 'After the merge' } }]);
          for (const to of replicas.slice(1)) send(doc, to);
          for (const replica of replicas) expect(docToJourney(replica).title).toBe('After the merge');
        },
      ),
      { numRuns: 150 },
    );
    expect(merged).toBeGreaterThan(100);
  });
  it('without removals, no concurrent edit is lost: every element any replica added is in the merged journey', () => {
    const arbEdit = fc.record({
      replica: fc.nat(),
      add: fc.boolean(),
      choice: arbChoice,
      sync: fc.option(fc.nat()),
    });
    fc.assert(
      fc.property(arbStart, fc.array(arbEdit, { minLength: 1, maxLength: 20 }), (start, edits) => {
        const first = journeyToDoc(start);
        const replicas = [first, new Y.Doc(), new Y.Doc()];
        for (const replica of replicas.slice(1)) send(first, replica);
        const added: string[] = [];
        edits.forEach(({ replica, add, choice, sync }, n) => {
          const doc = replicas[replica % 3] as Y.Doc;
          const journey = docToJourney(doc);
          let command: JourneyCommand;
          if (add) {
            const kind = choice.kind === 'step' || choice.kind === 'touchpoint' ? choice.kind : 'insight';
            const parents = kind === 'step' ? idsOf(journey, 'stage') : idsOf(journey, 'step');
            const parent = kind === 'insight' ? undefined : pick(parents, choice.b);
            if (kind !== 'insight' && parent === undefined) return;
            const id = `added-${n}`;
            const item =
              kind === 'touchpoint'
                ? { id, channel: 'web' }
                : kind === 'step'
                  ? { id, name: choice.text }
                  : { id, text: choice.text };
            command = { op: 'add', kind, item, index: 0, ...(parent ? { parent } : {}) };
          } else {
            command = commandFor(journey, { ...choice, op: choice.b % 2 ? 'move' : 'update' });
          }
          const result = applyCommandsToDoc(doc, [command]);
          if (result.ok && add) added.push(`added-${n}`);
          if (sync !== null) send(doc, replicas[sync % 3] as Y.Doc);
        });
        for (const from of replicas) for (const to of replicas) if (from !== to) send(from, to);
        const ids = new Set(indexIds(docToJourney(first)).keys());
        for (const id of added) expect(ids.has(id), id).toBe(true);
        for (const replica of replicas) expect(docToJourney(replica)).toStrictEqual(docToJourney(first));
      }),
      { numRuns: 100 },
    );
  });
});
