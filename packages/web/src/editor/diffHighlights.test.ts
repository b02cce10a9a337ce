import { describe, expect, it } from 'vitest';
import { diffHighlights } from './diffHighlights';

const diff = {
  from: '1',
  to: 'current',
  counts: { added: 1, removed: 1, moved: 1, changed: 3 },
  changes: [
    { kind: 'added', element: 'step', id: 'new-step', summary: 'Step added' },
    { kind: 'removed', element: 'painPoint', id: 'gone', summary: 'Pain point removed' },
    { kind: 'moved', element: 'step', id: 'search', summary: 'Step moved' },
    { kind: 'changed', element: 'step', id: 'search', summary: 'Step renamed' },
    { kind: 'changed', element: 'emotion', id: 'pays/shopper', summary: 'Shopper feels worse' },
    { kind: 'changed', element: 'journey', id: 'j', summary: 'Title changed' },
  ],
};
const onMap = (id: string) => ['new-step', 'search', 'pays'].includes(id);

describe('a compared version on the map', () => {
  it('outlines added, changed and moved elements, an element both moved and changed as changed', () => {
    const { marks } = diffHighlights(diff, onMap);
    expect([...marks]).toEqual([
      ['new-step', 'added'],
      ['search', 'changed'],
      ['pays', 'changed'],
    ]);
  });

  it('counts what cannot be outlined: removed elements and what the map does not draw', () => {
    const { counts } = diffHighlights(diff, onMap);
    expect(counts.removed).toEqual({ total: 1, outlined: 0 });
    expect(counts.changed).toEqual({ total: 3, outlined: 2 });
    expect(counts.added).toEqual({ total: 1, outlined: 1 });
  });
});
