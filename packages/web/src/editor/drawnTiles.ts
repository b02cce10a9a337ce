// Which parts of a big map are drawn in full. The map is cut into square tiles of map units; a card
// is drawn with its text and icons once a tile it touches is drawn, and until then only as its
// shapes (no text: SVG text is what makes the browser's layout of a big map slow). Tiles on screen
// are drawn before the first paint, the others one by one afterwards, nearest first, so every card
// ends up drawn (the browser's find-in-page sees all the text). Pure, so it is tested.
import type { Box } from '@waymark/render';
import type { Size, Viewport } from './viewport';

/** A tile's side, in map units. */
export const TILE = 1024;

/** A tile's key: `column,row`. */
export type TileKey = string;

/** The keys of the tiles an area (map units) touches. */
export function tilesOf(area: Box): TileKey[] {
  const keys: TileKey[] = [];
  const left = Math.floor(area.x / TILE);
  const top = Math.floor(area.y / TILE);
  // A box ending on a tile's edge does not reach into the next tile.
  const right = Math.max(left, Math.ceil((area.x + Math.max(0, area.width)) / TILE) - 1);
  const bottom = Math.max(top, Math.ceil((area.y + Math.max(0, area.height)) / TILE) - 1);
  for (let column = left; column <= right; column++)
    for (let row = top; row <= bottom; row++) keys.push(`${column},${row}`);
  return keys;
}

/** The part of the map on screen, widened by `margin` screen pixels on every side. */
export function areaOnScreen(view: Viewport, screen: Size, margin = 0): Box {
  return {
    x: (-view.x - margin) / view.scale,
    y: (-view.y - margin) / view.scale,
    width: (screen.width + 2 * margin) / view.scale,
    height: (screen.height + 2 * margin) / view.scale,
  };
}

/** Whether a card whose box is `box` is drawn in full once `drawn` tiles are. */
export function isDrawn(drawn: ReadonlySet<TileKey>, box: Box): boolean {
  return tilesOf(box).some((key) => drawn.has(key));
}

/** `drawn` with the tiles of `area` that lie on the map added; the same set when none was missing. */
export function withTiles(drawn: ReadonlySet<TileKey>, area: Box, map: Size): ReadonlySet<TileKey> {
  const onMap = clip(area, map);
  if (onMap === undefined) return drawn;
  const missing = tilesOf(onMap).filter((key) => !drawn.has(key));
  return missing.length === 0 ? drawn : new Set([...drawn, ...missing]);
}

/** Up to `count` of the map's tiles not drawn yet, nearest to `around` (a map point) first. */
export function nextTiles(
  drawn: ReadonlySet<TileKey>,
  map: Size,
  around: { x: number; y: number },
  count: number,
): TileKey[] {
  const distance = (key: TileKey) => {
    const [column = 0, row = 0] = key.split(',').map(Number);
    return Math.hypot((column + 0.5) * TILE - around.x, (row + 0.5) * TILE - around.y);
  };
  return tilesOf({ x: 0, y: 0, width: map.width, height: map.height })
    .filter((key) => !drawn.has(key))
    .map((key) => ({ key, distance: distance(key) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, count)
    .map(({ key }) => key);
}

/** The part of `area` on the map; undefined when none is. */
function clip(area: Box, map: Size): Box | undefined {
  const x = Math.max(0, area.x);
  const y = Math.max(0, area.y);
  const width = Math.min(map.width, area.x + area.width) - x;
  const height = Math.min(map.height, area.y + area.height) - y;
  return width > 0 && height > 0 ? { x, y, width, height } : undefined;
}
