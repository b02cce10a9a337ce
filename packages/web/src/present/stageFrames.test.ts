import { describe, expect, it } from 'vitest';
import { slideForKey, stageFrames } from './stageFrames';

const layout = {
  width: 1000,
  columns: [
    { x: 200, width: 100, stageId: 'a', label: 'A1' },
    { x: 300, width: 100, stageId: 'a', label: 'A2' },
    { x: 400, width: 100, stageId: 'b', label: 'B1' },
  ],
};

describe('the presentation’s slides', () => {
  it('shows the whole map, then each stage’s columns with a margin', () => {
    expect(
      stageFrames(
        layout,
        [
          { id: 'a', name: 'Aware' },
          { id: 'b', name: 'Buy' },
          { id: 'c', name: 'Empty' },
        ],
        { minWidth: 0 },
      ),
    ).toEqual([
      { label: 'Overview', x: 0, width: 1000 },
      { label: 'Aware', stageId: 'a', x: 176, width: 248 },
      { label: 'Buy', stageId: 'b', x: 376, width: 148 },
    ]);
  });

  it('widens a narrow stage around its centre, never past the map', () => {
    const [, aware, buy] = stageFrames(
      layout,
      [
        { id: 'a', name: 'Aware' },
        { id: 'b', name: 'Buy' },
      ],
      { minWidth: 400 },
    );
    expect(aware).toMatchObject({ x: 100, width: 400 });
    expect(buy).toMatchObject({ x: 250, width: 400 });
    expect(stageFrames(layout, [{ id: 'b', name: 'Buy' }], { minWidth: 5000 })[1]).toMatchObject({
      x: 0,
      width: 1000,
    });
  });

  it('moves one slide with the arrows, space and page keys, to the ends with Home and End', () => {
    expect(slideForKey('ArrowRight', 0, 3)).toBe(1);
    expect(slideForKey(' ', 2, 3)).toBe(2);
    expect(slideForKey('ArrowLeft', 0, 3)).toBe(0);
    expect(slideForKey('PageUp', 2, 3)).toBe(1);
    expect(slideForKey('End', 0, 3)).toBe(2);
    expect(slideForKey('Home', 2, 3)).toBe(0);
    expect(slideForKey('a', 1, 3)).toBeUndefined();
    expect(slideForKey('ArrowDown', 1, 3)).toBeUndefined();
  });
});
