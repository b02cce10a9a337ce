import { applyCommands, findTemplate, type Journey, type JourneyCommand, parseJourney } from '@waymark/core';
import { describe, expect, it } from 'vitest';
import {
  addGain,
  addLine,
  addMetric,
  addOpportunity,
  addToCell,
  addTouchpoint,
  editLine,
  lineText,
  removeLine,
  setMomentOfTruth,
  updateFields,
} from './cellIntents';

function retail(): Journey {
  const parsed = parseJourney(findTemplate('retail-winter-jacket')?.source ?? '');
  if (!parsed.ok) throw new Error('the retail template does not parse');
  return parsed.journey;
}

/** The journey after the commands, as core applies them (they must be accepted). */
function after(journey: Journey, commands: JourneyCommand[]): Journey {
  const result = applyCommands(journey, commands);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.journey;
}

const journey = retail();
const step = journey.stages[0]!.steps[0]!;

describe('editing the lines of a step (thoughts, blueprint lanes)', () => {
  it('changes one thought, keeps the others, and removes it when blanked', () => {
    const ref = { list: 'thoughts', step: step.id, index: 0 } as const;
    const edited = after(journey, editLine(journey, ref, '  Too cold now  '));
    expect(edited.stages[0]!.steps[0]!.thoughts).toEqual(['Too cold now']);
    expect(editLine(edited, ref, 'Too cold now')).toEqual([]);
    const blanked = after(edited, editLine(edited, ref, '   '));
    expect(blanked.stages[0]!.steps[0]!.thoughts).toEqual([]);
  });

  it('adds to an empty blueprint lane without touching the other lanes', () => {
    const withLine = after(journey, addLine(journey, step.id, 'backstage', 'Stock check'));
    const blueprint = withLine.stages[0]!.steps[0]!.blueprint;
    expect(blueprint.backstage).toEqual(['Stock check']);
    expect(blueprint.frontstage).toEqual(step.blueprint.frontstage);
    expect(addLine(journey, step.id, 'backstage', ' ')).toEqual([]);
    const removed = after(withLine, removeLine(withLine, { list: 'backstage', step: step.id, index: 0 }));
    expect(removed.stages[0]!.steps[0]!.blueprint.backstage).toEqual([]);
  });

  it('edits a persona’s thought through their emotion, keeping the score', () => {
    const withThought = after(journey, addLine(journey, step.id, 'thoughts', 'Hmm', 'loyal'));
    const emotion = withThought.stages[0]!.steps[0]!.emotions.loyal!;
    expect(emotion).toMatchObject({ score: 1, thoughts: ['Hmm'] });
    expect(lineText(withThought, { list: 'thoughts', step: step.id, index: 0, persona: 'loyal' })).toBe(
      'Hmm',
    );
  });

  it('edits nothing for a line that is not there', () => {
    expect(editLine(journey, { list: 'thoughts', step: step.id, index: 5 }, 'x')).toEqual([]);
    expect(removeLine(journey, { list: 'support', step: 'nope', index: 0 })).toEqual([]);
  });
});

describe('adding items to a cell', () => {
  it('reads a typed channel as that channel, and other text as a touchpoint’s name', () => {
    expect(addTouchpoint(journey, step.id, 'Call centre')).toEqual([
      { op: 'add', kind: 'touchpoint', parent: step.id, item: { channel: 'phone' } },
    ]);
    const added = after(journey, addTouchpoint(journey, step.id, 'Poster in the tram'));
    expect(added.stages[0]!.steps[0]!.touchpoints.at(-1)).toMatchObject({
      channel: 'other',
      name: 'Poster in the tram',
    });
  });

  it('adds a gain at the step, a metric to a stage, an opportunity addressing the step’s pains', () => {
    expect(after(journey, addGain(step.id, 'Warm at last')).gains.at(-1)).toMatchObject({
      title: 'Warm at last',
      at: step.id,
    });
    expect(after(journey, addMetric('Visits', 'awareness')).metrics.at(-1)).toMatchObject({
      at: 'awareness',
    });
    const pain = journey.painPoints.find((p) => p.at !== undefined)!;
    const [command] = addOpportunity(journey, pain.at, 'Fix it');
    expect(command).toMatchObject({
      op: 'add',
      kind: 'opportunity',
      item: { title: 'Fix it', addresses: expect.arrayContaining([pain.id]) },
    });
  });

  it('dispatches by lane: a step in an empty stage, a line in a blueprint lane', () => {
    const [add] = addToCell(journey, { lane: 'actions', stage: 'awareness' }, 'Walks past');
    expect(add).toMatchObject({ op: 'add', kind: 'step', parent: 'awareness', item: { name: 'Walks past' } });
    const lined = after(
      journey,
      addToCell(journey, { lane: 'systems', stage: 'awareness', step: step.id }, 'CRM'),
    );
    expect(lined.stages[0]!.steps[0]!.blueprint.systems).toEqual(['CRM']);
    expect(addToCell(journey, { lane: 'emotions', stage: 'awareness', step: step.id }, 'x')).toEqual([]);
    expect(addToCell(journey, { lane: 'gains', stage: 'awareness', step: step.id }, '  ')).toEqual([]);
  });
});

describe('fields of an element', () => {
  const touchpoint = step.touchpoints[0]!;
  const fields = touchpoint as unknown as Record<string, unknown>;

  it('sends only what changed, and null for a cleared field', () => {
    expect(updateFields(journey, touchpoint.id, fields, { channel: touchpoint.channel })).toEqual([]);
    expect(updateFields(journey, touchpoint.id, fields, { channel: 'email', online: true })).toEqual([
      { op: 'update', id: touchpoint.id, set: { channel: 'email', online: true } },
    ]);
    const withDepartment = after(journey, updateFields(journey, touchpoint.id, fields, { department: 'CX' }));
    const updated = withDepartment.stages[0]!.steps[0]!.touchpoints[0]!;
    expect(updated.department).toBe('CX');
    const cleared = after(
      withDepartment,
      updateFields(withDepartment, touchpoint.id, updated as unknown as Record<string, unknown>, {
        department: null,
      }),
    );
    expect(cleared.stages[0]!.steps[0]!.touchpoints[0]!.department).toBeUndefined();
  });

  it('makes a touchpoint a moment of truth with a reason, and takes it back when the reason is blank', () => {
    const moment = after(journey, setMomentOfTruth(journey, touchpoint.id, fields, 'First impression'));
    const marked = moment.stages[0]!.steps[0]!.touchpoints[0]!;
    expect(marked.momentOfTruth).toEqual({ reason: 'First impression' });
    const unmarked = after(
      moment,
      setMomentOfTruth(moment, touchpoint.id, marked as unknown as Record<string, unknown>, ''),
    );
    expect(unmarked.stages[0]!.steps[0]!.touchpoints[0]!.momentOfTruth).toBeUndefined();
  });

  it('lets core refuse a value out of range (the panel shows why)', () => {
    const pain = journey.painPoints[0]!;
    const result = applyCommands(
      journey,
      updateFields(journey, pain.id, pain as unknown as Record<string, unknown>, { severity: 9 }),
    );
    expect(result.ok).toBe(false);
  });
});
