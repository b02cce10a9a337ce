import { describe, expect, it } from 'vitest';
import { itemsInArea, pathBounds } from './itemsInArea.js';
import type { GroupItem, LineItem, SceneItem, TextItem } from './scene.js';

const area = { left: 100, top: 100, right: 200, bottom: 200 };

const text = (fields: Partial<TextItem>): TextItem => ({
  kind: 'text',
  x: 120,
  y: 50,
  lines: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  size: 10,
  weight: 400,
  lineHeight: 20,
  fill: '#000',
  anchor: 'start',
  width: 30,
  ...fields,
});

const line = (fields: Partial<LineItem>): LineItem => ({
  kind: 'line',
  x1: 150,
  y1: 0,
  x2: 150,
  y2: 1000,
  stroke: '#000',
  strokeWidth: 1,
  ...fields,
});

describe('itemsInArea', () => {
  it('keeps only the text lines that reach into the area, at their own baselines', () => {
    const [kept] = itemsInArea([text({})], area);
    expect(kept?.kind).toBe('text');
    const lines = kept as TextItem;
    // Baselines at 50, 70, …; glyphs reach 4 px below and 12 px above: 'three' (to 94) stays
    // above the area, 'nine' (from 198) reaches in, 'ten' (from 218) stays below.
    expect(lines.lines).toEqual(['four', 'five', 'six', 'seven', 'eight', 'nine']);
    expect(lines.y).toBe(110);
  });

  it('leaves out text that lies beside the area, whatever its anchor', () => {
    expect(itemsInArea([text({ x: 300, y: 150, lines: ['x'] })], area)).toEqual([]);
    expect(
      itemsInArea([text({ x: 300, y: 150, lines: ['x'], anchor: 'end', width: 150 })], area),
    ).toHaveLength(1);
    expect(itemsInArea([text({ x: 60, y: 150, lines: ['x'], width: 20 })], area)).toEqual([]);
  });

  it('leaves out rects, circles and paths outside the area and groups whose box is outside', () => {
    const items: SceneItem[] = [
      { kind: 'rect', x: 0, y: 0, width: 50, height: 50, fill: '#f00' },
      { kind: 'rect', x: 190, y: 190, width: 50, height: 50, fill: '#0f0' },
      { kind: 'circle', cx: 300, cy: 150, r: 10, fill: '#00f' },
      { kind: 'path', d: 'M10 10L20 20', stroke: '#000' },
      { kind: 'path', d: 'M150 150C0 0 0 0 10 10', stroke: '#000' },
      {
        kind: 'group',
        className: 'far',
        box: { x: 400, y: 400, width: 10, height: 10 },
        children: [{ kind: 'rect', x: 150, y: 150, width: 1, height: 1 }],
      },
    ];
    expect(itemsInArea(items, area)).toEqual([items[1], items[4]]);
  });

  it('looks inside groups, and keeps transformed groups (icons) whole', () => {
    const icon: GroupItem = {
      kind: 'group',
      className: 'icon',
      box: { x: 150, y: 150, width: 10, height: 10 },
      transform: { x: 150, y: 150, scale: 0.5 },
      children: [{ kind: 'rect', x: 0, y: 0, width: 20, height: 20 }],
    };
    const card: GroupItem = {
      kind: 'group',
      className: 'card',
      box: { x: 90, y: 90, width: 200, height: 200 },
      children: [{ kind: 'rect', x: 0, y: 0, width: 5, height: 5 }, icon],
    };
    expect(itemsInArea([card], area)).toEqual([{ ...card, children: [icon] }]);
  });

  it('cuts a long line to the area, keeping the phase of its dashes', () => {
    const [cut] = itemsInArea([line({ dash: [2, 4] })], area) as LineItem[];
    expect(cut?.x1).toBe(150);
    expect(cut?.y1).toBeLessThanOrEqual(area.top);
    expect((cut?.y1 ?? 0) % 6).toBeCloseTo(0, 9);
    expect(cut?.y2).toBeGreaterThanOrEqual(area.bottom);
    expect(cut?.y2).toBeLessThan(area.bottom + 5);
    // Drawn the other way, it still starts where its pattern starts: at a multiple of 6 from 1000.
    const [back] = itemsInArea([line({ y1: 1000, y2: 0, dash: [2, 4] })], area) as LineItem[];
    expect((1000 - (back?.y1 ?? 0)) % 6).toBeCloseTo(0, 9);
    expect(back?.y1).toBeGreaterThanOrEqual(area.bottom);
  });

  it('leaves out lines beside the area and keeps short lines inside as they are', () => {
    expect(itemsInArea([line({ x1: 300, x2: 300 })], area)).toEqual([]);
    const short = line({ y1: 120, y2: 180 });
    expect(itemsInArea([short], area)[0]).toBe(short);
  });
});

describe('pathBounds', () => {
  it('bounds every point of absolute path data, control points included', () => {
    expect(pathBounds('M10 20L30 5H40V60C0 0 50 70 12 13Q1 2 3 4Z')).toEqual({
      x: 0,
      y: 0,
      width: 50,
      height: 70,
    });
  });

  it('widens arcs by their radii', () => {
    expect(pathBounds('M10 10A5 5 0 0 1 20 10')).toEqual({ x: 0, y: 0, width: 30, height: 20 });
  });

  it('gives up on relative commands and malformed data', () => {
    expect(pathBounds('M10 10l5 5')).toBeUndefined();
    expect(pathBounds('10 10L5 5')).toBeUndefined();
    expect(pathBounds('M10L5 5')).toBeUndefined();
    expect(pathBounds('')).toBeUndefined();
  });
});
