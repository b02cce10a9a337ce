import { layoutJourney } from '@waymark/render';
import { describe, expect, it } from 'vitest';
import { parcelReturn } from '../../../../test/fixtures/parcelReturn';
import { emptyCells } from './emptyCells';
import { mapCards } from './sceneIndex';

const layout = layoutJourney(parcelReturn(), { lanes: ['actions', 'thoughts', 'emotions', 'backstage'] });
const cells = emptyCells(layout, mapCards(layout.scene.items));

describe('the empty cells the keyboard can add to', () => {
  it('are the cells without a card in the lanes that take new items, lane by lane', () => {
    expect(cells.map((c) => [c.cell.lane, c.cell.step])).toEqual([
      ['thoughts', 'label'],
      ['thoughts', 'drop'],
      ['backstage', 'policy'],
      ['backstage', 'label'],
    ]);
    expect(cells.some((c) => c.cell.lane === 'backstage' && c.cell.step === 'drop')).toBe(false);
  });

  it('never a cell with a card, nor a lane that takes nothing typed (emotions)', () => {
    expect(cells.some((c) => c.cell.lane === 'actions' || c.cell.lane === 'emotions')).toBe(false);
    expect(cells.some((c) => c.cell.lane === 'thoughts' && c.cell.step === 'policy')).toBe(false);
  });

  it('say where they are, and cover their column of their lane', () => {
    const [first] = cells;
    const row = layout.lanes.find((lane) => lane.id === 'thoughts');
    const column = layout.columns.find((col) => col.stepId === 'label');
    expect(first?.label).toBe(`Add to ${row?.label}, ${column?.label}`);
    expect(first?.box).toEqual({ x: column?.x, y: row?.y, width: column?.width, height: row?.height });
    expect(first?.cell.stage).toBe('decide');
  });
});
