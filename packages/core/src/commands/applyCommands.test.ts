import { describe, expect, it } from 'vitest';
import { edited, exemplaryJourney } from '../../../../test/fixtures/journeys.js';
import { formatDiagnostic } from '../diagnostic.js';
import { validateJourney } from '../format/parseJourney.js';
import type { Journey } from '../model/journey.js';
import { allSteps, indexIds } from '../model/walk.js';
import type { CommandResult } from './applyCommands.js';
import { applyCommands } from './applyCommands.js';
import type { JourneyCommand } from './journeyCommand.js';

/** Freezes a journey all the way down: any mutation by a command throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const base = deepFreeze(exemplaryJourney());
const snapshot = structuredClone(base);

const apply = (...commands: JourneyCommand[]) => applyCommands(base, commands);

function applied(result: CommandResult): { journey: Journey; allocated: Readonly<Record<string, string>> } {
  if (!result.ok)
    throw new Error(`expected the commands to apply:\n${result.errors.map(formatDiagnostic).join('\n')}`);
  return result;
}
const journeyOf = (result: CommandResult) => applied(result).journey;
const errorsOf = (result: CommandResult): string[] => {
  if (result.ok) throw new Error('expected the commands to be refused');
  return result.errors.map(formatDiagnostic);
};

const stepOf = (journey: Journey, id: string) => allSteps(journey).find((place) => place.step.id === id);
const stepIds = (journey: Journey, stage: string) =>
  journey.stages.find((s) => s.id === stage)?.steps.map((step) => step.id);

describe('journey.set', () => {
  it('changes the journey’s own fields; null removes an optional field or restores a default', () => {
    const journey = journeyOf(
      apply({
        op: 'journey.set',
        set: { title: 'Buying a coat', objective: null, status: null, tags: ['retail'] },
      }),
    );
    expect(journey.title).toBe('Buying a coat');
    expect('objective' in journey).toBe(false);
    expect(journey.status).toBe('draft');
    expect(journey.tags).toEqual(['retail']);
    expect(journey.stages).toBe(base.stages);
  });

  it('refuses to remove the title, to touch element lists and unknown fields', () => {
    expect(errorsOf(apply({ op: 'journey.set', set: { title: null } as never }))).toEqual([
      'commands[0].set.title: expected text, got nothing',
    ]);
    expect(errorsOf(apply({ op: 'journey.set', set: { personas: [] } as never }))).toEqual([
      "commands[0].set.personas: the journey's personas are edited with add, update, move and remove commands, not journey.set",
    ]);
    expect(errorsOf(apply({ op: 'journey.set', set: { objectiv: 'x' } as never }))).toEqual([
      "commands[0].set.objectiv: unknown field 'objectiv' (did you mean 'objective'?); journey.set takes title, objective, description, scope, state, redesigns, status, owner, version, tags, review",
    ]);
  });

  it('says what a value should be', () => {
    expect(errorsOf(apply({ op: 'journey.set', set: { status: 'publshed' } as never }))).toEqual([
      "commands[0].set.status: expected one of draft, in-review, published, got 'publshed'",
    ]);
  });
});

describe('add', () => {
  it('adds a top-level element at the end, with an id derived from its name and defaults applied', () => {
    const result = applied(
      apply({ op: 'add', kind: 'painPoint', item: { title: 'Delivery is slow', at: 'checkout' } }),
    );
    expect(result.allocated).toEqual({ 'commands[0].item': 'delivery-is-slow' });
    expect(result.journey.painPoints.at(-1)).toEqual({
      id: 'delivery-is-slow',
      title: 'Delivery is slow',
      at: 'checkout',
      severity: 3,
      personas: [],
      insights: [],
    });
  });

  it('derives ids that are new to the journey and to the batch', () => {
    const result = applied(
      apply(
        { op: 'add', kind: 'step', parent: 'purchase', item: { name: 'Checkout' } },
        { op: 'add', kind: 'step', parent: 'purchase', item: { name: 'Checkout' } },
      ),
    );
    expect(result.allocated).toEqual({ 'commands[0].item': 'checkout-2', 'commands[1].item': 'checkout-3' });
  });

  it('puts steps in a stage or path and touchpoints in a step, at the index given', () => {
    const journey = journeyOf(
      apply(
        {
          op: 'add',
          kind: 'step',
          parent: 'consideration',
          index: 1,
          item: { id: 'reads', name: 'Reads reviews' },
        },
        { op: 'add', kind: 'touchpoint', parent: 'reads', item: { channel: 'web', name: 'reviews' } },
        { op: 'add', kind: 'path', item: { id: 'detour', name: 'Asks a friend', from: 'reads' } },
        { op: 'add', kind: 'step', parent: 'detour', item: { id: 'calls', name: 'Calls a friend' } },
      ),
    );
    expect(stepIds(journey, 'consideration')).toEqual(['searches', 'reads', 'compares']);
    expect(stepOf(journey, 'reads')?.step.touchpoints.map((t) => t.id)).toEqual(['reviews']);
    expect(journey.paths[0]?.steps.map((s) => s.id)).toEqual(['calls']);
  });

  it('adds a stage with its steps and touchpoints, ids derived at every level in document order', () => {
    const result = applied(
      apply({
        op: 'add',
        kind: 'stage',
        item: {
          name: 'Delivery',
          steps: [
            {
              name: 'Waits for the parcel',
              touchpoints: [{ channel: 'email', name: 'tracking' }, { channel: 'sms' }],
            },
            { id: 'unpacks', name: 'Unpacks the jacket' },
          ],
        },
      }),
    );
    expect(result.allocated).toEqual({
      'commands[0].item': 'delivery',
      'commands[0].item.steps[0]': 'waits-for-the-parcel',
      'commands[0].item.steps[0].touchpoints[0]': 'tracking',
      'commands[0].item.steps[0].touchpoints[1]': 'sms',
    });
    expect(indexIds(result.journey).get('sms')).toBe('touchpoint');
    expect(stepIds(result.journey, 'delivery')).toEqual(['waits-for-the-parcel', 'unpacks']);
  });

  it('lets a new path branch from a step it brings along', () => {
    const journey = journeyOf(
      apply({
        op: 'add',
        kind: 'path',
        item: { name: 'Loop', from: 'own', steps: [{ id: 'own', name: 'Own' }] },
      }),
    );
    expect(journey.paths[0]?.from).toBe('own');
  });

  it('says where a parent is missing, not wanted, unknown or of the wrong kind', () => {
    expect(errorsOf(apply({ op: 'add', kind: 'step', item: { name: 'Pays' } }))).toEqual([
      'commands[0].parent: a step needs a parent: the id of the stage or path it goes in',
    ]);
    expect(
      errorsOf(apply({ op: 'add', kind: 'persona', parent: 'purchase', item: { name: 'Gift buyer' } })),
    ).toEqual([
      "commands[0].parent: a persona sits at the top of the journey and has no parent; leave 'parent' out",
    ]);
    expect(errorsOf(apply({ op: 'add', kind: 'step', parent: 'purchse', item: { name: 'Pays' } }))).toEqual([
      "commands[0].parent: unknown stage or path 'purchse' (did you mean 'purchase'?)",
    ]);
    expect(
      errorsOf(apply({ op: 'add', kind: 'touchpoint', parent: 'purchase', item: { channel: 'web' } })),
    ).toEqual(["commands[0].parent: 'purchase' is a stage, not a step"]);
  });

  it('refuses an index past the end of the list', () => {
    expect(
      errorsOf(apply({ op: 'add', kind: 'step', parent: 'purchase', index: 3, item: { name: 'Pays' } })),
    ).toEqual([
      "commands[0].index: index 3 is out of range: stage 'purchase' has 1 step, so the index must be from 0 to 1",
    ]);
    expect(errorsOf(apply({ op: 'add', kind: 'gain', index: 1, item: { title: 'Fast' } }))).toEqual([
      'commands[0].index: index 1 is out of range: the journey has no gains, so the index must be 0',
    ]);
  });

  it('refuses ids already taken, in the journey or in the same item', () => {
    expect(errorsOf(apply({ op: 'add', kind: 'insight', item: { id: 'checkout', text: 'x' } }))).toEqual([
      "commands[0].item.id: duplicate id 'checkout' (already the id of stages[2].steps[0])",
    ]);
    const twice = {
      name: 'S',
      steps: [
        { id: 'twin', name: 'A' },
        { id: 'twin', name: 'B' },
      ],
    };
    expect(errorsOf(apply({ op: 'add', kind: 'stage', item: twice }))).toEqual([
      "commands[0].item.steps[1].id: duplicate id 'twin' (already the id of commands[0].item.steps[0])",
    ]);
  });

  it('checks the item against its kind’s schema, in the words of the file format', () => {
    expect(
      errorsOf(apply({ op: 'add', kind: 'painPoint', item: { title: 'Slow', severity: 7, titel: 'x' } })),
    ).toEqual([
      'commands[0].item.severity: expected a whole number from 1 to 5, got 7',
      "commands[0].item.titel: unknown field 'titel' (did you mean 'title'?)",
    ]);
    expect(errorsOf(apply({ op: 'add', kind: 'stage', item: { description: 'no name' } }))).toEqual([
      "commands[0].item: missing required field 'name'",
    ]);
  });

  it('refuses references to unknown elements or elements of the wrong kind', () => {
    expect(
      errorsOf(
        apply({
          op: 'add',
          kind: 'painPoint',
          item: { title: 'Slow', at: 'chekout', personas: ['shoper'], insights: ['purchase'] },
        }),
      ),
    ).toEqual([
      "commands[0].item.at: unknown step or touchpoint 'chekout' (did you mean 'checkout'?)",
      "commands[0].item.personas[0]: unknown persona 'shoper' (did you mean 'shopper'?)",
      "commands[0].item.insights[0]: 'purchase' is a stage, not an insight",
    ]);
  });

  it('refuses a stage that would loop forward', () => {
    expect(
      errorsOf(
        apply({ op: 'add', kind: 'stage', index: 0, item: { name: 'Pre', loop: { to: 'awareness' } } }),
      ),
    ).toEqual([
      "commands[0].item.loop.to: a stage can only loop back to an earlier stage; 'awareness' comes after it",
    ]);
    const looped = journeyOf(
      apply({ op: 'add', kind: 'stage', item: { name: 'Loyalty', loop: { to: 'awareness' } } }),
    );
    expect(looped.stages.at(-1)?.loop).toEqual({ to: 'awareness' });
  });
});

describe('update', () => {
  it('merges fields into any element; null removes an optional field', () => {
    const journey = journeyOf(
      apply(
        { op: 'update', id: 'price-unclear', set: { severity: 5, reach: null } },
        { op: 'update', id: 'checkout', set: { name: 'Pays', momentOfTruth: null } },
        { op: 'update', id: 'confirmation', set: { channel: 'sms' } },
      ),
    );
    expect(journey.painPoints[0]).toMatchObject({ severity: 5, title: 'Cannot tell if the price is fair' });
    expect('reach' in (journey.painPoints[0] ?? {})).toBe(false);
    expect(stepOf(journey, 'checkout')?.step).toMatchObject({ name: 'Pays' });
    expect(stepOf(journey, 'checkout')?.step.momentOfTruth).toBeUndefined();
    expect(stepOf(journey, 'checkout')?.step.touchpoints[1]?.channel).toBe('sms');
  });

  it('keeps a stage’s steps as they were (same objects)', () => {
    const journey = journeyOf(apply({ op: 'update', id: 'purchase', set: { description: 'Paying' } }));
    expect(journey.stages[2]?.steps).toBe(base.stages[2]?.steps);
    expect(journey.stages[0]).toBe(base.stages[0]);
  });

  it('refuses ids, child lists, removing required fields, unknown fields and bad values', () => {
    expect(
      errorsOf(
        apply({
          op: 'update',
          id: 'purchase',
          set: { id: 'buy', steps: [], name: null, nmae: 'x', evidence: 'sure' },
        }),
      ),
    ).toEqual([
      'commands[0].set.id: the id of a stage cannot be changed by update',
      'commands[0].set.steps: the steps of a stage cannot be set by update; add, move or remove them with their own commands',
      "commands[0].set.name: 'name' is required; it cannot be removed",
    ]);
    expect(errorsOf(apply({ op: 'update', id: 'purchase', set: { nmae: 'x', evidence: 'sure' } }))).toEqual([
      "commands[0].set.evidence: expected one of assumed, reported, observed, measured, got 'sure'",
      "commands[0].set.nmae: unknown field 'nmae' (did you mean 'name'?)",
    ]);
  });

  it('refuses an unknown id with a suggestion', () => {
    expect(errorsOf(apply({ op: 'update', id: 'chekout', set: { name: 'x' } }))).toEqual([
      "commands[0].id: unknown id 'chekout' (did you mean 'checkout'?)",
    ]);
  });

  it('checks the references it sets, emotions by persona included', () => {
    expect(
      errorsOf(
        apply({
          op: 'update',
          id: 'badge',
          set: { opportunity: 'price-unclear', kpi: { metric: 'convertion' } },
        }),
      ),
    ).toEqual([
      "commands[0].set.opportunity: 'price-unclear' is a pain point, not an opportunity",
      "commands[0].set.kpi.metric: unknown metric 'convertion' (did you mean 'conversion'?)",
    ]);
    expect(
      errorsOf(apply({ op: 'update', id: 'checkout', set: { emotions: { nobody: { score: 1 } } } })),
    ).toEqual(["commands[0].set.emotions.nobody: unknown persona 'nobody'"]);
  });

  it('refuses a loop to a later stage or to the stage itself', () => {
    expect(errorsOf(apply({ op: 'update', id: 'consideration', set: { loop: { to: 'purchase' } } }))).toEqual(
      ["commands[0].set.loop: a stage can only loop back to an earlier stage; 'purchase' comes after it"],
    );
    expect(errorsOf(apply({ op: 'update', id: 'purchase', set: { loop: { to: 'purchase' } } }))).toEqual([
      "commands[0].set.loop: a stage can only loop back to an earlier stage; 'purchase' is this stage",
    ]);
  });
});

describe('move', () => {
  it('reorders an element within its list, the index counted after it leaves its place', () => {
    const journey = journeyOf(
      apply({ op: 'move', id: 'awareness', index: 2 }, { op: 'move', id: 'compares', index: 0 }),
    );
    expect(journey.stages.map((s) => s.id)).toEqual(['consideration', 'purchase', 'awareness']);
    expect(stepIds(journey, 'consideration')).toEqual(['compares', 'searches']);
  });

  it('moves a step to another stage and a touchpoint to another step', () => {
    const journey = journeyOf(
      apply(
        { op: 'move', id: 'compares', parent: 'purchase', index: 1 },
        { op: 'move', id: 'confirmation', parent: 'feels-cold', index: 0 },
      ),
    );
    expect(stepIds(journey, 'consideration')).toEqual(['searches']);
    expect(stepIds(journey, 'purchase')).toEqual(['checkout', 'compares']);
    expect(stepOf(journey, 'feels-cold')?.step.touchpoints.map((t) => t.id)).toEqual(['confirmation', 'wom']);
    expect(stepOf(journey, 'checkout')?.step.touchpoints.map((t) => t.id)).toEqual(['checkout-page']);
  });

  it('refuses an index out of range, a parent for a top-level element and a parent of the wrong kind', () => {
    expect(errorsOf(apply({ op: 'move', id: 'compares', index: 2 }))).toEqual([
      "commands[0].index: index 2 is out of range: stage 'consideration' has 2 steps, so the index must be from 0 to 1",
    ]);
    expect(errorsOf(apply({ op: 'move', id: 'compares', parent: 'purchase', index: 2 }))).toEqual([
      "commands[0].index: index 2 is out of range: stage 'purchase' has 1 step, so the index must be from 0 to 1",
    ]);
    expect(errorsOf(apply({ op: 'move', id: 'shopper', parent: 'purchase', index: 0 }))).toEqual([
      "commands[0].parent: a persona sits at the top of the journey and has no parent; leave 'parent' out",
    ]);
    expect(errorsOf(apply({ op: 'move', id: 'wom', parent: 'awareness', index: 0 }))).toEqual([
      "commands[0].parent: 'awareness' is a stage, not a step",
    ]);
  });

  it('refuses to move a stage after a stage that loops back to it', () => {
    const looped = edited(base, (j) => {
      j.stages[2] = { ...(j.stages[2] as Journey['stages'][number]), loop: { to: 'consideration' } };
    });
    const result = applyCommands(looped, [{ op: 'move', id: 'consideration', index: 2 }]);
    expect(errorsOf(result)).toEqual([
      "commands[0].index: stage 'purchase' would then loop forward: a stage can only loop back to an earlier stage; 'consideration' comes after it",
    ]);
  });
});

describe('remove', () => {
  it('removes an element that nothing refers to, with what it contains', () => {
    const journey = journeyOf(apply({ op: 'remove', id: 'badge' }, { op: 'remove', id: 'awareness' }));
    expect(journey.actions).toEqual([]);
    expect(indexIds(journey).has('feels-cold')).toBe(false);
    expect(indexIds(journey).has('wom')).toBe(false);
  });

  it('refuses while something refers to the element, naming each referrer', () => {
    expect(errorsOf(apply({ op: 'remove', id: 'compares' }))).toEqual([
      "commands[0].id: step 'compares' is still referred to by painPoints[0].at (price-unclear); remove or relink it first",
    ]);
    expect(errorsOf(apply({ op: 'remove', id: 'shopper' }))).toEqual([
      "commands[0].id: persona 'shopper' is still referred to by stages[0].steps[0].emotions.shopper (feels-cold), stages[1].steps[0].emotions.shopper (searches), stages[1].steps[1].emotions.shopper (compares) and stages[2].steps[0].emotions.shopper (checkout); remove or relink them first",
    ]);
  });

  it('names the contained element that is still referred to', () => {
    expect(errorsOf(apply({ op: 'remove', id: 'consideration' }))).toEqual([
      "commands[0].id: stage 'consideration' cannot be removed: its step 'compares' is still referred to by painPoints[0].at (price-unclear); remove or relink it first",
    ]);
  });

  it('succeeds once the referrers are relinked earlier in the batch', () => {
    const journey = journeyOf(
      apply({ op: 'update', id: 'price-unclear', set: { at: 'searches' } }, { op: 'remove', id: 'compares' }),
    );
    expect(stepIds(journey, 'consideration')).toEqual(['searches']);
  });

  it('refuses an unknown id', () => {
    expect(errorsOf(apply({ op: 'remove', id: 'bagde' }))).toEqual([
      "commands[0].id: unknown id 'bagde' (did you mean 'badge'?)",
    ]);
  });
});

describe('emotion.set and emotion.clear', () => {
  it('sets a new emotion and changes an existing one, keeping what the command leaves out', () => {
    const journey = journeyOf(
      apply(
        { op: 'add', kind: 'persona', item: { id: 'gift', name: 'Gift buyer' } },
        { op: 'emotion.set', step: 'checkout', persona: 'gift', score: -1.5, thoughts: ['Will it fit?'] },
        { op: 'emotion.set', step: 'feels-cold', persona: 'shopper', score: -1, evidence: null },
        { op: 'emotion.set', step: 'feels-cold', persona: 'loyal', score: 2 },
      ),
    );
    const emotions = stepOf(journey, 'checkout')?.step.emotions;
    expect(emotions?.gift).toEqual({ score: -1.5, thoughts: ['Will it fit?'], insights: [] });
    expect(stepOf(journey, 'feels-cold')?.step.emotions).toEqual({
      shopper: { score: -1, thoughts: [], insights: [] },
      loyal: { score: 2, thoughts: [], insights: ['i-survey'] },
    });
  });

  it('refuses unknown steps, personas and insights, and scores out of range', () => {
    expect(errorsOf(apply({ op: 'emotion.set', step: 'awareness', persona: 'shopper', score: 1 }))).toEqual([
      "commands[0].step: 'awareness' is a stage, not a step",
    ]);
    expect(errorsOf(apply({ op: 'emotion.set', step: 'checkout', persona: 'shoper', score: 1 }))).toEqual([
      "commands[0].persona: unknown persona 'shoper' (did you mean 'shopper'?)",
    ]);
    expect(
      errorsOf(
        apply({ op: 'emotion.set', step: 'checkout', persona: 'shopper', score: 1, insights: ['i-surve'] }),
      ),
    ).toEqual(["commands[0].insights[0]: unknown insight 'i-surve' (did you mean 'i-survey'?)"]);
    expect(errorsOf(apply({ op: 'emotion.set', step: 'checkout', persona: 'shopper', score: 5 }))).toEqual([
      'commands[0].score: expected a number from -2 to 2, got 5',
    ]);
  });

  it('clears an emotion, and says when there is none to clear', () => {
    const journey = journeyOf(apply({ op: 'emotion.clear', step: 'checkout', persona: 'loyal' }));
    expect(Object.keys(stepOf(journey, 'checkout')?.step.emotions ?? {})).toEqual(['shopper']);
    expect(
      errorsOf(
        apply(
          { op: 'emotion.clear', step: 'checkout', persona: 'loyal' },
          { op: 'emotion.clear', step: 'checkout', persona: 'loyal' },
        ),
      ),
    ).toEqual(["commands[1].persona: step 'checkout' has no emotion of persona 'loyal'"]);
  });
});

describe('measurement.add', () => {
  it('records measurements in date order', () => {
    const journey = journeyOf(
      apply(
        { op: 'measurement.add', metric: 'conversion', measurement: { date: '2026-06-01', value: 2.4 } },
        {
          op: 'measurement.add',
          metric: 'conversion',
          measurement: { date: '2026-04-01', value: 1.9, source: 'GA4' },
        },
      ),
    );
    expect(journey.metrics[0]?.measurements.map((m) => m.date)).toEqual([
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
    ]);
  });

  it('refuses an unknown metric and a malformed measurement', () => {
    expect(
      errorsOf(
        apply({
          op: 'measurement.add',
          metric: 'price-match',
          measurement: { date: '2026-06-01', value: 1 },
        }),
      ),
    ).toEqual(["commands[0].metric: 'price-match' is an opportunity, not a metric"]);
    expect(
      errorsOf(
        apply({ op: 'measurement.add', metric: 'conversion', measurement: { date: 'June', value: 1 } }),
      ),
    ).toEqual(["commands[0].measurement.date: expected a date written as YYYY-MM-DD, got 'June'"]);
  });
});

describe('a batch', () => {
  it('applies all or nothing and never changes the journey it was given', () => {
    const result = apply(
      { op: 'journey.set', set: { title: 'Changed' } },
      { op: 'remove', id: 'badge' },
      { op: 'remove', id: 'nothing-here' },
    );
    expect(errorsOf(result)).toEqual(["commands[2].id: unknown id 'nothing-here'"]);
    expect(base).toEqual(snapshot);
  });

  it('returns the same journey for no commands, and results that validate unchanged', () => {
    expect(journeyOf(apply())).toBe(base);
    const journey = journeyOf(
      apply(
        { op: 'add', kind: 'stage', item: { name: 'Delivery', steps: [{ name: 'Waits' }] } },
        { op: 'move', id: 'waits', parent: 'purchase', index: 0 },
        { op: 'remove', id: 'delivery' },
      ),
    );
    const checked = validateJourney(journey);
    expect(checked.ok && checked.journey).toStrictEqual(journey);
  });

  it('reports malformed commands before applying any', () => {
    expect(errorsOf(applyCommands(base, [{ op: 'ad' } as never, { op: 'remove' } as never]))).toEqual([
      "commands[0].op: unknown op 'ad' (did you mean 'add'?); the ops are journey.set, add, update, move, remove, emotion.set, emotion.clear, measurement.add",
      "commands[1]: missing required field 'id'",
    ]);
  });

  it('names the journey’s own problem when the journey was invalid before any command', () => {
    const broken = edited(base, (j) => {
      (j.painPoints[0] as { at?: string }).at = 'gone';
    });
    expect(errorsOf(applyCommands(broken, [{ op: 'journey.set', set: { title: 'x' } }]))).toEqual([
      "painPoints[0].at: before any command: unknown step or touchpoint 'gone'",
    ]);
  });
});

describe('hostile input', () => {
  it('treats a "__proto__" key as an unknown field, never as a prototype', () => {
    const set = JSON.parse('{"__proto__": {"name": "Hacked"}}') as Record<string, unknown>;
    const item = JSON.parse('{"name": "Pays", "__proto__": {"polluted": true}}') as Record<string, unknown>;
    expect(errorsOf(apply({ op: 'update', id: 'checkout', set }))).toEqual([
      "commands[0].set.__proto__: unknown field '__proto__'",
    ]);
    expect(errorsOf(apply({ op: 'add', kind: 'step', parent: 'purchase', item }))).toEqual([
      "commands[0].item.__proto__: unknown field '__proto__'",
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
