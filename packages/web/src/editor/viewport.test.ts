import { describe, expect, it } from 'vitest';
import { centreOn, fitViewport, MAX_SCALE, panBy, toMap, zoomAt } from './viewport';

describe('zoom and pan', () => {
  it('fits a wide map to the screen width, centred, and never enlarges a small one', () => {
    const view = fitViewport({ width: 1048, height: 600 }, { width: 2000, height: 500 });
    expect(view.scale).toBeCloseTo(0.5);
    expect(view.x).toBeCloseTo(24);
    expect(fitViewport({ width: 2000, height: 2000 }, { width: 100, height: 100 }).scale).toBe(1);
  });

  it('zooms around the pointer: the map point under it stays put', () => {
    const view = { x: 40, y: 10, scale: 1 };
    const at = { x: 300, y: 200 };
    const before = toMap(view, at);
    const zoomed = zoomAt(view, 2, at);
    expect(zoomed.scale).toBe(2);
    expect(toMap(zoomed, at).x).toBeCloseTo(before.x);
    expect(toMap(zoomed, at).y).toBeCloseTo(before.y);
  });

  it('keeps the zoom within its limits', () => {
    expect(zoomAt({ x: 0, y: 0, scale: 3 }, 10, { x: 0, y: 0 }).scale).toBe(MAX_SCALE);
  });

  it('pans by screen pixels', () => {
    expect(panBy({ x: 1, y: 2, scale: 1 }, 10, -5)).toEqual({ x: 11, y: -3, scale: 1 });
  });

  it('centres on a card, zooming in to a readable size but never out', () => {
    const box = { x: 1000, y: 400, width: 200, height: 100 };
    const screen = { width: 800, height: 600 };
    const view = centreOn({ x: 0, y: 0, scale: 0.2 }, box, screen, 0.5);
    expect(view.scale).toBe(0.5);
    expect(toMap(view, { x: 400, y: 300 })).toEqual({ x: 1100, y: 450 });
    expect(centreOn({ x: 0, y: 0, scale: 2 }, box, screen, 0.5).scale).toBe(2);
  });
});
