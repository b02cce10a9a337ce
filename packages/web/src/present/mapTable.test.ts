import { describe, expect, it } from 'vitest';
import { parcelReturn } from '../../../../test/fixtures/parcelReturn';
import { mapTable } from './mapTable';

describe('the map as a table', () => {
  const journey = parcelReturn();
  const table = mapTable(journey);
  const row = (lane: string) =>
    table.rows.find((r) => r.lane === lane)?.cells.map((cell) => cell.entries.map((e) => e.text));

  it('has a column per stage and a row per lane with something in it', () => {
    expect(table.stages).toEqual([
      { id: 'decide', name: 'Decide' },
      { id: 'send', name: 'Send' },
    ]);
    expect(table.rows.map((r) => r.lane)).toEqual([
      'Steps',
      'Touchpoints',
      'Thoughts',
      'Emotions',
      'Pain points',
      'Opportunities',
      'Backstage',
    ]);
  });

  it('puts each entry in its stage, in words', () => {
    expect(row('Steps')).toEqual([['Read the policy', 'Print the label'], ['Drop it off']]);
    expect(row('Touchpoints')).toEqual([['Returns FAQ (web), moment of truth'], []]);
    expect(row('Emotions')).toEqual([['Read the policy: Online shopper −1'], []]);
    expect(row('Pain points')).toEqual([['Hidden fees (severity 4 of 5)'], []]);
    expect(row('Opportunities')).toEqual([['Say it is free'], []]);
    expect(row('Backstage')).toEqual([[], ['Scan the label']]);
  });

  it('says what editing each entry changes: an element by its id, a line of a step by its place', () => {
    expect(table.rows[0]?.cells[1]?.entries).toEqual([
      { text: 'Drop it off', target: { kind: 'element', id: 'drop' } },
    ]);
    const cell = (lane: string, stage: number) =>
      table.rows.find((r) => r.lane === lane)?.cells[stage]?.entries[0];
    expect(cell('Touchpoints', 0)?.target).toEqual({ kind: 'element', id: 'faq' });
    expect(cell('Pain points', 0)?.target).toEqual({ kind: 'element', id: 'fees' });
    expect(cell('Backstage', 1)?.target).toEqual({
      kind: 'line',
      ref: { list: 'backstage', step: 'drop', index: 0 },
    });
    expect(cell('Emotions', 0)?.emotion).toEqual({
      label: 'Read the policy: Online shopper',
      step: 'policy',
      persona: 'shopper',
      score: -1,
    });
  });

  it('read-only, offers no place to add', () => {
    expect(table.rows.flatMap((r) => r.cells).some((cell) => cell.add !== undefined)).toBe(false);
  });

  it('editable, keeps every lane that takes new items, each cell with its stage and steps', () => {
    const editable = mapTable(journey, { editable: true });
    expect(editable.rows.map((r) => r.lane)).toEqual([
      'Steps',
      'Touchpoints',
      'Thoughts',
      'Emotions',
      'Pain points',
      'Gains',
      'Opportunities',
      'Frontstage',
      'Backstage',
      'Support processes',
      'Systems',
      'Physical evidence',
      'Metrics',
    ]);
    const add = (lane: string) => editable.rows.find((r) => r.lane === lane)?.cells.map((c) => c.add);
    expect(add('Gains')?.[1]).toEqual({
      lane: 'gains',
      stage: 'send',
      steps: [{ id: 'drop', name: 'Drop it off' }],
    });
    // New steps and metrics go to the stage itself; emotions are set on their entries, not added.
    expect(add('Steps')?.[0]).toEqual({ lane: 'actions', stage: 'decide', steps: [] });
    expect(add('Metrics')?.[0]).toEqual({ lane: 'metrics', stage: 'decide', steps: [] });
    expect(add('Emotions')).toEqual([undefined, undefined]);
  });
});
