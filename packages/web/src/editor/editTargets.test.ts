import { applyCommands, findTemplate, parseJourney } from '@waymark/core';
import { layoutJourney } from '@waymark/render';
import { describe, expect, it } from 'vitest';
import { commitTarget, removeTarget, targetOfCard, targetOfCell, targetText } from './editTargets';
import { cardAt, cellAt, mapCards } from './sceneIndex';

const parsed = parseJourney(findTemplate('retail-winter-jacket')?.source ?? '');
if (!parsed.ok) throw new Error('the retail template does not parse');
const journey = parsed.journey;
const layout = layoutJourney(journey);
const cards = mapCards(layout.scene.items);
const centre = (box: { x: number; y: number; width: number; height: number }) => ({
  x: box.x + box.width / 2,
  y: box.y + box.height / 2,
});

describe('what the in-place box edits', () => {
  it('edits a thought card as that line of its step', () => {
    const thought = cards.find((card) => card.lane === 'thoughts')!;
    const target = targetOfCard(thought);
    expect(target).toEqual({
      kind: 'line',
      ref: { list: 'thoughts', step: thought.dataId, index: 0, persona: undefined },
    });
    expect(targetText(journey, target)).toBe(journey.stages[0]!.steps[0]!.thoughts[0]);
    const result = applyCommands(journey, commitTarget(journey, target, 'Brrr'));
    expect(result.ok && result.journey.stages[0]!.steps[0]!.thoughts[0]).toBe('Brrr');
  });

  it('numbers the cards of one element and lane in order, so the second line is index 1', () => {
    const byStep = new Map<string, number[]>();
    for (const card of cards.filter((c) => c.lane === 'touchpoints'))
      byStep.set(card.dataId, [...(byStep.get(card.dataId) ?? []), card.ordinal]);
    for (const ordinals of byStep.values()) expect(ordinals).toEqual(ordinals.map((_, i) => i));
  });

  it('renames a touchpoint card and deletes it through core', () => {
    const touchpoint = cards.find((card) => card.lane === 'touchpoints')!;
    const target = targetOfCard(touchpoint);
    expect(target).toEqual({ kind: 'element', id: touchpoint.dataId });
    expect(removeTarget(journey, target)).toEqual([{ op: 'remove', id: touchpoint.dataId }]);
  });

  it('finds the card under a point and, off any card, the lane and step column there', () => {
    const step = cards.find((card) => card.lane === 'actions')!;
    expect(cardAt(cards, centre(step.box))?.dataId).toBe(step.dataId);
    const physical = layout.lanes.find((row) => row.id === 'physical')!;
    const column = layout.columns[2]!;
    const cell = cellAt(layout, { x: column.x + column.width / 2, y: physical.y + physical.height - 2 });
    expect(cell).toEqual({ lane: 'physical', stage: column.stageId, step: column.stepId });
    expect(targetOfCell(cell)).toEqual({ kind: 'new', cell });
    expect(cellAt(layout, { x: -10, y: physical.y })).toBeUndefined();
    const emotions = layout.lanes.find((row) => row.id === 'emotions')!;
    expect(targetOfCell(cellAt(layout, { x: column.x + 5, y: emotions.y + 5 }))).toBeUndefined();
  });

  it('adds what is typed into an empty cell', () => {
    const step = layout.columns[0]!;
    const target = targetOfCell({ lane: 'gains', stage: step.stageId, step: step.stepId });
    expect(target && targetText(journey, target)).toBe('');
    const commands = target ? commitTarget(journey, target, 'Cosy') : [];
    expect(commands).toEqual([{ op: 'add', kind: 'gain', item: { title: 'Cosy', at: step.stepId } }]);
  });
});
