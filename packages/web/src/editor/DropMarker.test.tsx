import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { DropMarker } from './DropMarker';
import type { Landing } from './moveIntents';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const boxes = new Map([['b', { x: 100, y: 50, width: 80, height: 40 }]]);

/** The marker's rect for a landing, at zoom 1 (one pixel is one map unit). */
function drawn(landing: Landing) {
  const host = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const root = createRoot(host);
  act(() => root.render(<DropMarker landing={landing} boxes={boxes} px={(n) => n} />));
  const rect = host.querySelector('rect');
  const at = rect && ['x', 'y', 'width', 'height'].map((name) => Number(rect.getAttribute(name)));
  act(() => root.unmount());
  return at;
}

describe('the insertion marker of a drag', () => {
  it('is an upright bar in the gap before or after a stage or step', () => {
    expect(drawn({ beside: 'b', side: 'before', axis: 'row' })).toEqual([94, 50, 4, 40]);
    expect(drawn({ beside: 'b', side: 'after', axis: 'row' })).toEqual([182, 50, 4, 40]);
  });
  it('is a level bar above or below a touchpoint, and an outline of a step it goes into alone', () => {
    expect(drawn({ beside: 'b', side: 'before', axis: 'column' })).toEqual([100, 44, 80, 4]);
    expect(drawn({ beside: 'b', side: 'inside', axis: 'column' })).toEqual([96, 46, 88, 48]);
  });
  it('is not drawn for an element without a card', () => {
    expect(drawn({ beside: 'gone', side: 'before', axis: 'row' })).toBeNull();
  });
});
