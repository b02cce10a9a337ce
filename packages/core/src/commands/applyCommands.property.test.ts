import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbJourney, arbText } from '../../../../test/arbitraries.js';
import { formatDiagnostic } from '../diagnostic.js';
import { parseJourney, validateJourney } from '../format/parseJourney.js';
import type { Journey } from '../model/journey.js';
import type { ElementKind } from '../model/walk.js';
import { allSteps, allTouchpoints, indexIds } from '../model/walk.js';
import { templates } from '../templates/index.js';
import { applyCommands } from './applyCommands.js';
import { indexElements } from './elementIndex.js';
import { listAt } from './immutable.js';
import type { JourneyCommand } from './journeyCommand.js';
import { elementKinds } from './journeyCommand.js';

const templateJourneys: Journey[] = templates.map((template) => {
  const parsed = parseJourney(template.source);
  if (!parsed.ok) throw new Error(`template ${template.id} does not parse`);
  return parsed.journey;
});

/** Templates and random journeys alike. */
const arbStart = fc.oneof(fc.constantFrom(...templateJourneys), arbJourney({ maxStages: 4, maxSteps: 3 }));

/** The random choices a command is built from, once the journey it applies to is known. */
const arbChoice = fc.record({
  op: fc.constantFrom(
    'journey.set',
    'add',
    'add',
    'update',
    'move',
    'move',
    'remove',
    'emotion.set',
    'emotion.clear',
    'measurement.add',
  ),
  kind: fc.constantFrom(...elementKinds),
  a: fc.nat(),
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

/** Ids of the journey's elements of some kinds. */
function idsOf(journey: Journey, ...kinds: ElementKind[]): string[] {
  return [...indexIds(journey)].filter(([, kind]) => kinds.includes(kind)).map(([id]) => id);
}

/** A minimal item of a kind whose references name elements of the journey. */
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
      return { title: text, ...(at ? { at } : {}) };
    case 'opportunity':
      return { title: text, addresses: idsOf(journey, 'painPoint').slice(0, 1) };
    case 'action': {
      const opportunity = pick(idsOf(journey, 'opportunity'), b);
      return { title: text, ...(opportunity ? { opportunity } : {}) };
    }
    case 'metric':
      return { name: text, ...(at ? { at } : {}) };
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

/** A command for the journey as it is now: mostly valid, sometimes refused (which is fine). */
function commandFor(journey: Journey, choice: Choice): JourneyCommand {
  const { a, b, c, kind } = choice;
  const places = [...indexElements(journey).values()];
  const place = pick(places, a);
  const step = pick(allSteps(journey), a)?.step;
  switch (choice.op) {
    case 'journey.set':
      return {
        op: 'journey.set',
        set: b % 2 ? { title: choice.text } : { status: 'in-review', objective: null },
      };
    case 'add': {
      const parents = kind === 'step' ? idsOf(journey, 'stage', 'path') : idsOf(journey, 'step');
      const parent = kind === 'step' || kind === 'touchpoint' ? pick(parents, b) : undefined;
      return { op: 'add', kind, item: itemFor(journey, kind, choice), ...(parent ? { parent } : {}) };
    }
    case 'update':
      return place
        ? { op: 'update', id: place.id, set: { [labelField[place.kind]]: choice.text } }
        : { op: 'journey.set', set: {} };
    case 'move': {
      if (place === undefined) return { op: 'journey.set', set: {} };
      const parents = place.kind === 'step' ? idsOf(journey, 'stage', 'path') : idsOf(journey, 'step');
      const parent =
        (place.kind === 'step' || place.kind === 'touchpoint') && c % 2 ? pick(parents, c) : undefined;
      const length = listAt(journey, place.list).length;
      return { op: 'move', id: place.id, index: b % (length + 1), ...(parent ? { parent } : {}) };
    }
    case 'remove':
      return { op: 'remove', id: place?.id ?? 'nothing' };
    case 'emotion.set':
      return {
        op: 'emotion.set',
        step: step?.id ?? 'nothing',
        persona: pick(idsOf(journey, 'persona'), b) ?? 'nobody',
        score: choice.score,
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

/** Every element's id, duplicates kept, sorted: the multiset of ids. */
const everyId = (journey: Journey): string[] =>
  [
    ...journey.personas,
    ...journey.stages,
    ...journey.paths,
    ...allSteps(journey).map((place) => place.step),
    ...allTouchpoints(journey).map((place) => place.touchpoint),
    ...journey.insights,
    ...journey.painPoints,
    ...journey.gains,
    ...journey.opportunities,
    ...journey.actions,
    ...journey.metrics,
  ]
    .map((element) => element.id)
    .sort();

describe('applyCommands (properties)', () => {
  it('random command sequences on templates and random journeys always give a valid journey', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(arbStart, fc.array(arbChoice, { minLength: 1, maxLength: 12 }), (start, choices) => {
        const before = structuredClone(start);
        let journey = start;
        const kept: JourneyCommand[] = [];
        for (const choice of choices) {
          const command = commandFor(journey, choice);
          const result = applyCommands(journey, [command]);
          if (!result.ok) {
            refused++;
            for (const error of result.errors) expect(error.path).toMatch(/^commands\[0\]/);
            continue;
          }
          accepted++;
          kept.push(command);
          journey = result.journey;
          const checked = validateJourney(journey);
          if (!checked.ok) throw new Error(checked.errors.map(formatDiagnostic).join('\n'));
          expect(checked.journey).toStrictEqual(journey);
        }
        // The same commands as one batch give the same journey; the start is untouched.
        const batch = applyCommands(start, kept);
        expect(batch.ok && batch.journey).toStrictEqual(journey);
        expect(start).toStrictEqual(before);
      }),
      { numRuns: 60 },
    );
    // The generator must exercise both outcomes, or the property says little.
    expect(accepted).toBeGreaterThan(refused);
    expect(refused).toBeGreaterThan(0);
  });

  it('adding an element and removing it again is the identity', () => {
    fc.assert(
      fc.property(arbStart, arbChoice, (start, choice) => {
        const add = commandFor(start, { ...choice, op: 'add' });
        const added = applyCommands(start, [add]);
        fc.pre(added.ok);
        if (!added.ok) return;
        const id = added.allocated['commands[0].item'];
        expect(id).toBeDefined();
        const result = applyCommands(start, [add, { op: 'remove', id: id ?? '' }]);
        expect(result.ok && result.journey).toStrictEqual(start);
      }),
      { numRuns: 80 },
    );
  });

  it('removing an element and adding it back at its place is the identity', () => {
    fc.assert(
      fc.property(arbStart, fc.nat(), (start, n) => {
        const place = pick([...indexElements(start).values()], n);
        fc.pre(place !== undefined);
        if (place === undefined) return;
        const removed = applyCommands(start, [{ op: 'remove', id: place.id }]);
        fc.pre(removed.ok);
        const restore: JourneyCommand = {
          op: 'add',
          kind: place.kind,
          item: place.element,
          index: place.index,
          ...(place.parent ? { parent: place.parent } : {}),
        };
        const result = applyCommands(start, [{ op: 'remove', id: place.id }, restore]);
        expect(result.ok && result.journey).toStrictEqual(start);
      }),
      { numRuns: 80 },
    );
  });

  it('moving keeps every id, once', () => {
    fc.assert(
      fc.property(arbStart, fc.array(arbChoice, { minLength: 1, maxLength: 6 }), (start, choices) => {
        let journey = start;
        for (const choice of choices) {
          const result = applyCommands(journey, [commandFor(journey, { ...choice, op: 'move' })]);
          if (result.ok) journey = result.journey;
        }
        expect(everyId(journey)).toEqual(everyId(start));
      }),
      { numRuns: 60 },
    );
  });
});
