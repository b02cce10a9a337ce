import { parseJourney } from '@waymark/core';
import { describe, expect, it } from 'vitest';
import { mapTable } from './mapTable';

const source = `title: Returning a parcel
id: parcel-return
personas:
  - id: shopper
    name: Online shopper
stages:
  - id: decide
    name: Decide
    steps:
      - id: policy
        name: Read the policy
        thoughts: [Is it free?]
        emotions: { shopper: -1 }
        touchpoints:
          - { id: faq, channel: web, name: Returns FAQ, momentOfTruth: { reason: trust } }
  - id: send
    name: Send
    steps:
      - id: drop
        name: Drop it off
        blueprint: { backstage: [Scan the label] }
painPoints:
  - { id: fees, title: Hidden fees, at: faq, severity: 4 }
opportunities:
  - { id: clear, title: Say it is free, addresses: [fees] }
`;

describe('the map as a table', () => {
  const parsed = parseJourney(source);
  if (!parsed.ok) throw new Error('the fixture does not parse');
  const table = mapTable(parsed.journey);
  const row = (lane: string) =>
    table.rows.find((r) => r.lane === lane)?.cells.map((cell) => cell.map((e) => e.text));

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
    expect(row('Steps')).toEqual([['Read the policy'], ['Drop it off']]);
    expect(row('Touchpoints')).toEqual([['Returns FAQ (web), moment of truth'], []]);
    expect(row('Emotions')).toEqual([['Read the policy: Online shopper −1'], []]);
    expect(row('Pain points')).toEqual([['Hidden fees (severity 4 of 5)'], []]);
    expect(row('Opportunities')).toEqual([['Say it is free'], []]);
    expect(row('Backstage')).toEqual([[], ['Scan the label']]);
  });

  it('marks steps as renamable by their id', () => {
    expect(table.rows[0]?.cells[1]).toEqual([{ text: 'Drop it off', id: 'drop' }]);
  });
});
