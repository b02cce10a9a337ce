// What concurrent edits on separate replicas merge to: each case names the rule it guards (the
// rules are listed at the top of journeyDoc.ts). Every merged state must read as the same valid
// journey on every replica.
import type { Journey, JourneyCommand } from '@waymark/core';
import { formatDiagnostic, validateJourney } from '@waymark/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyCommandsToDoc } from './applyCommandsToDoc.js';
import { elementsMap, journeyDocTypes } from './docLayout.js';
import { docToJourney, journeyToDoc } from './journeyDoc.js';

function journey(): Journey {
  const checked = validateJourney({
    id: 'jacket',
    title: 'Buying a jacket',
    personas: [
      { id: 'shopper', name: 'Shopper' },
      { id: 'loyal', name: 'Loyal customer' },
    ],
    stages: [
      {
        id: 'consideration',
        name: 'Consideration',
        steps: [
          { id: 'search', name: 'Searches', touchpoints: [{ id: 'web-search', channel: 'web' }] },
          { id: 'compare', name: 'Compare prices', emotions: { shopper: { score: -1 } } },
        ],
      },
      { id: 'purchase', name: 'Purchase', steps: [{ id: 'pays', name: 'Pays' }] },
      { id: 'loyalty', name: 'Loyalty', loop: { to: 'consideration' } },
    ],
    painPoints: [{ id: 'price-unclear', title: 'Price unclear', at: 'search', severity: 3 }],
    metrics: [{ id: 'conversion', name: 'Conversion', kind: 'conversion', at: 'purchase' }],
  });
  if (!checked.ok) throw new Error(checked.errors.map(formatDiagnostic).join('\n'));
  return checked.journey;
}

/** `count` replicas of one journey, as clients that loaded the same document. */
function replicas(count: number): Y.Doc[] {
  const first = journeyToDoc(journey());
  return [
    first,
    ...Array.from({ length: count - 1 }, () => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(first));
      return doc;
    }),
  ];
}

/** Every replica sends every other what it lacks; returns the journey they all read. */
function merge(docs: readonly Y.Doc[]): Journey {
  for (const from of docs) {
    for (const to of docs)
      if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
  }
  const journeys = docs.map(docToJourney);
  for (const other of journeys) expect(other).toStrictEqual(journeys[0]);
  const merged = journeys[0] as Journey;
  const checked = validateJourney(merged);
  if (!checked.ok) throw new Error(checked.errors.map(formatDiagnostic).join('\n'));
  expect(checked.journey).toStrictEqual(merged);
  return merged;
}

function apply(doc: Y.Doc, ...commands: JourneyCommand[]): void {
  const result = applyCommandsToDoc(doc, commands);
  if (!result.ok) throw new Error(result.errors.map(formatDiagnostic).join('\n'));
}

const stepIds = (j: Journey) => j.stages.map((stage) => stage.steps.map((step) => step.id));
const stage = (j: Journey, id: string) => j.stages.find((s) => s.id === id);

describe('concurrent edits', () => {
  it('two people changing different fields of one card both win', () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    apply(a, { op: 'update', id: 'price-unclear', set: { severity: 5 } });
    apply(b, { op: 'update', id: 'price-unclear', set: { description: 'No price match shown' } });
    const merged = merge([a, b]);
    expect(merged.painPoints[0]).toMatchObject({ severity: 5, description: 'No price match shown' });
  });

  it('steps, touchpoints and thoughts two people add to the same lists at once are all kept', () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    apply(
      a,
      {
        op: 'add',
        kind: 'step',
        parent: 'purchase',
        index: 0,
        item: { id: 'basket', name: 'Fills the basket' },
      },
      { op: 'add', kind: 'touchpoint', parent: 'pays', item: { id: 'card', channel: 'web' } },
      { op: 'update', id: 'compare', set: { thoughts: ['Too dear?'] } },
    );
    apply(
      b,
      { op: 'add', kind: 'step', parent: 'purchase', item: { id: 'receipt', name: 'Gets a receipt' } },
      { op: 'add', kind: 'touchpoint', parent: 'pays', item: { id: 'wallet', channel: 'app' } },
      { op: 'update', id: 'compare', set: { thoughts: ['Cheaper elsewhere'] } },
    );
    const merged = merge([a, b]);
    const purchase = stage(merged, 'purchase');
    expect(purchase?.steps.map((s) => s.id)).toEqual(['basket', 'pays', 'receipt']);
    expect(purchase?.steps[1]?.touchpoints.map((t) => t.id).sort()).toEqual(['card', 'wallet']);
    expect(stage(merged, 'consideration')?.steps[1]?.thoughts.sort()).toEqual([
      'Cheaper elsewhere',
      'Too dear?',
    ]);
  });

  it('two people typing into one name merge character by character', () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    apply(a, { op: 'update', id: 'compare', set: { name: 'Compare prices online' } });
    apply(b, { op: 'update', id: 'compare', set: { name: 'Quickly compare prices' } });
    // b's edit turns "C" into "Quickly c" at the start, a's adds " online" at the end.
    expect(stepIds(merge([a, b]))).toEqual([['search', 'compare'], ['pays'], []]);
    expect(docToJourney(a).stages[0]?.steps[1]?.name).toBe('Quickly compare prices online');
  });

  it('a name deleted by two people at once reads as the element’s id', () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    apply(a, { op: 'update', id: 'pays', set: { name: 'Pa' } }); // deletes "ys"
    apply(b, { op: 'update', id: 'pays', set: { name: 'ys' } }); // deletes "Pa"
    expect(stage(merge([a, b]), 'purchase')?.steps[0]?.name).toBe('pays');
  });

  it('a move and an edit of the same step both survive', () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    apply(a, { op: 'move', id: 'compare', parent: 'purchase', index: 0 });
    apply(b, { op: 'update', id: 'compare', set: { name: 'Compares prices' } });
    apply(b, { op: 'emotion.set', step: 'compare', persona: 'loyal', score: 1 });
    const merged = merge([a, b]);
    expect(stepIds(merged)).toEqual([['search'], ['compare', 'pays'], []]);
    const compare = stage(merged, 'purchase')?.steps[0];
    expect(compare?.name).toBe('Compares prices');
    expect(Object.keys(compare?.emotions ?? {}).sort()).toEqual(['loyal', 'shopper']);
  });

  it('two people moving the same step to different places leave one copy, at the first place in document order', () => {
    const [a, b, c] = replicas(3) as [Y.Doc, Y.Doc, Y.Doc];
    apply(a, { op: 'move', id: 'compare', parent: 'purchase', index: 1 });
    apply(b, { op: 'move', id: 'compare', parent: 'loyalty', index: 0 });
    apply(c, { op: 'update', id: 'compare', set: { description: 'Looks at three shops' } });
    const merged = merge([a, b, c]);
    expect(stepIds(merged)).toEqual([['search'], ['pays', 'compare'], []]);
    expect(stage(merged, 'purchase')?.steps[1]?.description).toBe('Looks at three shops');
    // The next move cleans up the copy left in 'loyalty': the step goes where it is sent.
    apply(a, { op: 'move', id: 'compare', parent: 'consideration', index: 0 });
    expect(stepIds(merge([a, b, c]))).toEqual([['compare', 'search'], ['pays'], []]);
  });

  it('two people reordering the same list converge on one order with every element once', () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    apply(a, { op: 'move', id: 'search', index: 1 });
    apply(b, { op: 'move', id: 'compare', index: 0 });
    expect(stepIds(merge([a, b]))[0]?.sort()).toEqual(['compare', 'search']);
  });

  it('a pain point added at a step someone else removed loses its `at`, and keeps the rest', () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    apply(a, { op: 'remove', id: 'pays' });
    apply(b, {
      op: 'add',
      kind: 'painPoint',
      item: { id: 'slow-payment', title: 'Slow payment', at: 'pays', severity: 4 },
    });
    const merged = merge([a, b]);
    expect(stage(merged, 'purchase')?.steps).toEqual([]);
    expect(merged.painPoints[1]).toEqual({
      id: 'slow-payment',
      title: 'Slow payment',
      severity: 4,
      personas: [],
      insights: [],
    });
    // The repair becomes part of the document with the next edit of that pain point: a new step
    // called 'pays' does not revive the old link.
    apply(a, { op: 'update', id: 'slow-payment', set: { severity: 5 } });
    apply(a, { op: 'add', kind: 'step', parent: 'purchase', item: { id: 'pays', name: 'Pays again' } });
    expect(merge([a, b]).painPoints[1]?.at).toBeUndefined();
  });

  it('an emotion set for a persona someone else removed is dropped', () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    apply(a, { op: 'remove', id: 'loyal' });
    apply(b, { op: 'emotion.set', step: 'pays', persona: 'loyal', score: 2 });
    const merged = merge([a, b]);
    expect(merged.personas.map((p) => p.id)).toEqual(['shopper']);
    expect(stage(merged, 'purchase')?.steps[0]?.emotions).toEqual({});
  });

  it('a path branching from a step someone else removed is dropped with its steps', () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    apply(a, { op: 'remove', id: 'pays' });
    apply(b, {
      op: 'add',
      kind: 'path',
      item: {
        id: 'declined',
        name: 'Card declined',
        from: 'pays',
        steps: [{ id: 'retries', name: 'Retries' }],
      },
    });
    const merged = merge([a, b]);
    expect(merged.paths).toEqual([]);
    // The next edit clears what no list reaches any more from the document.
    expect(elementsMap(a).has('retries')).toBe(true);
    apply(a, { op: 'update', id: 'search', set: { name: 'Searches online' } });
    expect(elementsMap(a).has('retries')).toBe(false);
    expect(elementsMap(a).has('declined')).toBe(false);
  });

  it('a step added to a stage someone else removed disappears with the stage', () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    apply(a, { op: 'remove', id: 'loyalty' });
    apply(b, {
      op: 'add',
      kind: 'step',
      parent: 'loyalty',
      item: { id: 'reviews', name: 'Writes a review' },
    });
    const merged = merge([a, b]);
    expect(merged.stages.map((s) => s.id)).toEqual(['consideration', 'purchase']);
    expect(stepIds(merged).flat()).not.toContain('reviews');
  });

  it('two people adding an element with the same id end with one of them', () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    apply(a, { op: 'add', kind: 'step', parent: 'purchase', item: { name: 'Checks out' } });
    apply(b, { op: 'add', kind: 'step', parent: 'consideration', item: { name: 'Checks out' } });
    const merged = merge([a, b]);
    expect(
      stepIds(merged)
        .flat()
        .filter((id) => id === 'checks-out'),
    ).toHaveLength(1);
  });

  it('a loop that concurrent stage moves turn forward is dropped', () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    apply(a, { op: 'move', id: 'loyalty', index: 1 }); // consideration, loyalty, purchase
    apply(b, { op: 'move', id: 'consideration', index: 1 }); // purchase, consideration, loyalty
    const merged = merge([a, b]);
    const order = merged.stages.map((s) => s.id);
    const loop = stage(merged, 'loyalty')?.loop;
    expect(loop !== undefined).toBe(order.indexOf('loyalty') > order.indexOf('consideration'));
  });

  it('a score of -0 reads the same on the replica that wrote it and on the others', () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    apply(a, { op: 'emotion.set', step: 'pays', persona: 'shopper', score: -0, thoughts: ['Fine'] });
    apply(a, { op: 'measurement.add', metric: 'conversion', measurement: { date: '2026-01-01', value: -0 } });
    const merged = merge([a, b]);
    expect(Object.is(stage(merged, 'purchase')?.steps[0]?.emotions.shopper?.score, 0)).toBe(true);
  });

  it('a refused command changes nothing and returns core’s errors', () => {
    const [a] = replicas(1) as [Y.Doc];
    const before = Y.encodeStateAsUpdate(a);
    const result = applyCommandsToDoc(a, [
      { op: 'update', id: 'pays', set: { name: 'Pays by card' } },
      { op: 'remove', id: 'search' },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe('commands[1].id');
    expect(Y.encodeStateAsUpdate(a)).toStrictEqual(before);
  });

  it('an edit is one transaction, tagged with its origin, that an UndoManager can undo alone', () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    const origin = { user: 'ann' };
    const undo = new Y.UndoManager(journeyDocTypes(a), {
      trackedOrigins: new Set([origin]),
    });
    let transactions = 0;
    a.on('afterTransaction', () => transactions++);
    const result = applyCommandsToDoc(
      a,
      [
        { op: 'update', id: 'pays', set: { name: 'Pays by card' } },
        { op: 'move', id: 'compare', index: 0 },
      ],
      origin,
    );
    expect(result.ok).toBe(true);
    expect(transactions).toBe(1);
    apply(b, { op: 'update', id: 'search', set: { name: 'Searches online' } });
    merge([a, b]);
    undo.undo();
    const merged = merge([a, b]);
    expect(stepIds(merged)[0]).toEqual(['search', 'compare']);
    expect(stage(merged, 'purchase')?.steps[0]?.name).toBe('Pays');
    expect(stage(merged, 'consideration')?.steps[0]?.name).toBe('Searches online');
  });
});
