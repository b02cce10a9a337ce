import { findTemplate, parseJourney } from '@waymark/core';
import { describe, expect, it } from 'vitest';
import {
  addPainPoint,
  addStage,
  addStep,
  draggedScore,
  removeElement,
  renameElement,
  setEmotion,
  stageFor,
} from './intents';

function retail() {
  const parsed = parseJourney(findTemplate('retail-winter-jacket')?.source ?? '');
  if (!parsed.ok) throw new Error('the retail template does not parse');
  return parsed.journey;
}

describe('editor intents → core commands', () => {
  it('renames a stage by its name and a pain point by its title', () => {
    const journey = retail();
    const stage = journey.stages[0]!;
    expect(renameElement(journey, stage.id, '  Noticing  ')).toEqual([
      { op: 'update', id: stage.id, set: { name: 'Noticing' } },
    ]);
    const pain = journey.painPoints[0]!;
    expect(renameElement(journey, pain.id, 'Too slow')).toEqual([
      { op: 'update', id: pain.id, set: { title: 'Too slow' } },
    ]);
  });

  it('does not rename to a blank or unchanged label, nor an unknown id', () => {
    const journey = retail();
    const stage = journey.stages[0]!;
    expect(renameElement(journey, stage.id, '   ')).toEqual([]);
    expect(renameElement(journey, stage.id, stage.name, stage.name)).toEqual([]);
    expect(renameElement(journey, 'no-such-thing', 'X')).toEqual([]);
  });

  it('adds a stage right after the selected one, and a step after the selected step', () => {
    const journey = retail();
    const [first, second] = journey.stages;
    expect(addStage(journey, first!.id)[0]).toMatchObject({ op: 'add', kind: 'stage', index: 1 });
    expect(addStage(journey)[0]).toMatchObject({ index: journey.stages.length });
    const step = second!.steps[0]!;
    expect(addStep(journey, second!.id, step.id)[0]).toMatchObject({
      op: 'add',
      kind: 'step',
      parent: second!.id,
      index: 1,
    });
    expect(stageFor(journey, step.id)).toBe(second!.id);
  });

  it('sets an emotion only when the score changes', () => {
    const journey = retail();
    const step = journey.stages[0]!.steps[0]!;
    const [persona, emotion] = Object.entries(step.emotions)[0]!;
    expect(setEmotion(journey, step.id, persona, emotion.score)).toEqual([]);
    expect(setEmotion(journey, step.id, persona, -2)).toEqual([
      { op: 'emotion.set', step: step.id, persona, score: -2 },
    ]);
  });

  it('adds a pain point at a step, and none without a title', () => {
    expect(addPainPoint('pays', ' Hidden fees ', 4)).toEqual([
      { op: 'add', kind: 'painPoint', item: { title: 'Hidden fees', at: 'pays', severity: 4 } },
    ]);
    expect(addPainPoint('pays', ' ', 4)).toEqual([]);
  });

  it('turns a drag into a score snapped to halves and kept within -2..+2', () => {
    expect(draggedScore(0, 34, 34)).toBe(-1);
    expect(draggedScore(0, -20, 34)).toBe(0.5);
    expect(draggedScore(1, -500, 34)).toBe(2);
    expect(draggedScore(-1, 500, 34)).toBe(-2);
  });

  it('removes an element by id, and nothing for an unknown one', () => {
    const journey = retail();
    const step = journey.stages[0]!.steps[0]!;
    expect(removeElement(journey, step.id)).toEqual([{ op: 'remove', id: step.id }]);
    expect(removeElement(journey, 'nope')).toEqual([]);
  });
});
