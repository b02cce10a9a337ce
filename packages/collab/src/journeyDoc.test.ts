import type { Journey } from '@waymark/core';
import { Journey as JourneySchema, parseJourney, templates, validateJourney } from '@waymark/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { arbJourney } from '../../../test/arbitraries.js';
import { docHasJourney, elementsMap, journeyMap } from './docLayout.js';
import { elementFields, journeyFields, kindSchemas } from './fieldCodecs.js';
import { docToJourney, journeyToDoc } from './journeyDoc.js';

/** A fresh replica holding the same state, as a client receives it over the network. */
function replicate(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

function templateJourney(source: string): Journey {
  const parsed = parseJourney(source);
  if (!parsed.ok) throw new Error('template does not parse');
  return parsed.journey;
}

describe('journeyToDoc / docToJourney', () => {
  it('round-trips every generated journey, in the same doc and through an encoded update', () => {
    fc.assert(
      fc.property(arbJourney(), (journey) => {
        const doc = journeyToDoc(journey);
        expect(docToJourney(doc)).toStrictEqual(journey);
        expect(docToJourney(replicate(doc))).toStrictEqual(journey);
      }),
      { numRuns: 150 },
    );
  });

  it.each(templates.map((t) => [t.id, t.source] as const))('round-trips the %s template', (_, source) => {
    const journey = templateJourney(source);
    expect(docToJourney(replicate(journeyToDoc(journey)))).toStrictEqual(journey);
  });

  it('reads an empty doc as a valid (empty) journey', () => {
    const journey = docToJourney(new Y.Doc());
    expect(validateJourney(journey).ok).toBe(true);
    expect(journey.stages).toEqual([]);
  });

  it('maps every field of every kind (the tables match core’s schemas)', () => {
    expect(journeyFields.map(([field]) => field)).toEqual(Object.keys(JourneySchema.shape));
    for (const [kind, schema] of Object.entries(kindSchemas)) {
      expect(
        elementFields[kind as keyof typeof elementFields].map(([field]) => field),
        kind,
      ).toEqual(Object.keys(schema.shape));
    }
  });

  it('stores lists as ids and elements by id, names as Y.Text', () => {
    const journey = templateJourney(templates[0]?.source ?? '');
    const doc = journeyToDoc(journey);
    const stages = journeyMap(doc).get('stages');
    expect(stages).toBeInstanceOf(Y.Array);
    expect((stages as Y.Array<string>).toArray()).toEqual(journey.stages.map((s) => s.id));
    const firstStep = journey.stages[0]?.steps[0];
    const step = elementsMap(doc).get(firstStep?.id ?? '') as Y.Map<unknown>;
    expect(step.get('$kind')).toBe('step');
    expect(step.get('name')).toBeInstanceOf(Y.Text);
    expect(step.get('emotions')).toBeInstanceOf(Y.Map);
  });

  it('writes a whole journey into a live doc as a change: a concurrent edit elsewhere survives', () => {
    const journey = templateJourney(templates[0]?.source ?? '');
    const a = journeyToDoc(journey);
    const b = replicate(a);
    const stage = journey.stages[0];
    if (stage === undefined) throw new Error('no stage');
    // a: a whole-journey write that renames the title; b: concurrently renames the first stage.
    journeyToDoc({ ...journey, title: 'Renamed journey' }, a);
    const edited = structuredClone(journey);
    if (edited.stages[0]) edited.stages[0].name = 'Renamed stage';
    journeyToDoc(edited, b);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const merged = docToJourney(a);
    expect(merged.title).toBe('Renamed journey');
    expect(merged.stages[0]?.name).toBe('Renamed stage');
    expect(docToJourney(b)).toStrictEqual(merged);
    expect(validateJourney(merged).ok).toBe(true);
  });
});

describe('docHasJourney', () => {
  it('tells a blank Y.Doc from one that holds a journey', () => {
    const doc = new Y.Doc();
    expect(docHasJourney(doc)).toBe(false);
    const template = templates[0];
    if (template === undefined) throw new Error('no template');
    const parsed = parseJourney(template.source);
    if (!parsed.ok) throw new Error('the template does not parse');
    journeyToDoc(parsed.journey, doc);
    expect(docHasJourney(doc)).toBe(true);
  });
});
