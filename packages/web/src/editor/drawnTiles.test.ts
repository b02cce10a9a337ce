import { describe, expect, it } from 'vitest';
import { areaOnScreen, isDrawn, nextTiles, TILE, tilesOf, withTiles } from './drawnTiles';

const map = { width: 3 * TILE, height: 2 * TILE };

describe('drawn tiles', () => {
  it('finds the tiles a box touches, a box ending on an edge not reaching past it', () => {
    expect(tilesOf({ x: 10, y: 10, width: 20, height: 20 })).toEqual(['0,0']);
    expect(tilesOf({ x: TILE - 10, y: 10, width: 20, height: TILE })).toEqual(['0,0', '0,1', '1,0', '1,1']);
    expect(tilesOf({ x: 0, y: 0, width: TILE, height: TILE })).toEqual(['0,0']);
  });

  it('turns the screen into map units, widened by a margin of screen pixels', () => {
    const view = { x: -200, y: 100, scale: 0.5 };
    expect(areaOnScreen(view, { width: 1000, height: 800 })).toEqual({
      x: 400,
      y: -200,
      width: 2000,
      height: 1600,
    });
    expect(areaOnScreen(view, { width: 1000, height: 800 }, 50)).toEqual({
      x: 300,
      y: -300,
      width: 2200,
      height: 1800,
    });
  });

  it('adds only the tiles of the area that lie on the map, and keeps the set when none is missing', () => {
    const drawn = withTiles(new Set(), { x: -500, y: -500, width: 1000, height: 1000 }, map);
    expect([...drawn]).toEqual(['0,0']);
    expect(withTiles(drawn, { x: 100, y: 100, width: 10, height: 10 }, map)).toBe(drawn);
    expect(withTiles(drawn, { x: 5 * TILE, y: 0, width: 100, height: 100 }, map)).toBe(drawn);
    const wider = withTiles(drawn, { x: 0, y: 0, width: 2 * TILE, height: 10 }, map);
    expect([...wider].sort()).toEqual(['0,0', '1,0']);
  });

  it('draws a card when any tile it touches is drawn', () => {
    const drawn = new Set(['1,0']);
    expect(isDrawn(drawn, { x: TILE - 50, y: 0, width: 100, height: 100 })).toBe(true);
    expect(isDrawn(drawn, { x: 0, y: 0, width: 100, height: 100 })).toBe(false);
  });

  it('offers the missing tiles nearest first, until there are none', () => {
    const around = { x: 2.5 * TILE, y: 0.5 * TILE };
    expect(nextTiles(new Set(['2,0']), map, around, 2)).toEqual(['1,0', '2,1']);
    const all = new Set(tilesOf({ x: 0, y: 0, width: map.width, height: map.height }));
    expect(all.size).toBe(6);
    expect(nextTiles(all, map, around, 4)).toEqual([]);
  });
});
