import { hasWideText } from '../text/measure.js';
import type { Box, LineItem, PathItem, SceneItem, Stroke, TextItem } from './scene.js';

/**
 * How far glyphs reach above and below their baseline, in em: the bounding boxes of the
 * bundled fonts (every glyph of Inter lies within 1.12 em above and 0.34 em below; the CJK
 * font reaches further for a few rare glyphs), with a little room.
 */
const ASCENT_EM = 1.2;
const DESCENT_EM = 0.4;
const WIDE_ASCENT_EM = 1.85;
const WIDE_DESCENT_EM = 1.1;
/** How far glyphs may reach sideways beyond their advances (side bearings, italic slant), in em. */
const SIDE_EM = 0.5;

/** The part of the map a tile shows, as edges in map px. */
export interface Area {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Half the stroke width, and a pixel for antialiasing. */
const reach = (item: Stroke) => (item.stroke ? (item.strokeWidth ?? 1) / 2 : 0) + 1;

/** Whether the span from..to (either order), widened by margin, misses min..max. */
const misses = (from: number, to: number, min: number, max: number, margin = 0) =>
  Math.max(from, to) + margin < min || Math.min(from, to) - margin > max;

const boxMisses = (box: Box, area: Area, margin = 0) =>
  misses(box.x, box.x + box.width, area.left, area.right, margin) ||
  misses(box.y, box.y + box.height, area.top, area.bottom, margin);

/**
 * The box around a path's points (control points included, so it holds the curve), or
 * undefined when the path data has anything but absolute commands.
 */
export function pathBounds(d: string): Box | undefined {
  const tokens = d.match(/[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? [];
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  const add = (x: number, y: number, spread = 0) => {
    left = Math.min(left, x - spread);
    right = Math.max(right, x + spread);
    top = Math.min(top, y - spread);
    bottom = Math.max(bottom, y + spread);
  };
  let command = '';
  let args: number[] = [];
  let lastX = 0;
  let lastY = 0;
  const take = () => {
    if (command === 'H' && args.length === 1) lastX = args[0] ?? 0;
    else if (command === 'V' && args.length === 1) lastY = args[0] ?? 0;
    else if (command === 'A' && args.length === 7) {
      // An arc stays within its radii of both its ends.
      const spread = 2 * Math.max(Math.abs(args[0] ?? 0), Math.abs(args[1] ?? 0));
      add(lastX, lastY, spread);
      lastX = args[5] ?? 0;
      lastY = args[6] ?? 0;
      add(lastX, lastY, spread);
    } else if (command !== '' && 'MLCSQT'.includes(command) && args.length === 2) {
      lastX = args[0] ?? 0;
      lastY = args[1] ?? 0;
    } else {
      return false;
    }
    add(lastX, lastY);
    args = [];
    return true;
  };
  for (const token of tokens) {
    if (/[A-Za-z]/.test(token)) {
      if (args.length > 0 || !'MLHVCSQTAZ'.includes(token)) return undefined;
      command = token;
      continue;
    }
    args.push(Number(token));
    if (command === 'A' ? args.length === 7 : command === 'H' || command === 'V' || args.length === 2) {
      if (!take()) return undefined;
    }
  }
  if (args.length > 0 || left > right) return undefined;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The lines of a text item that reach into the area, as a text item of their own. */
function textInArea(item: TextItem, area: Area): TextItem | undefined {
  const { lines, lineHeight, size, y, x, width } = item;
  const from = item.anchor === 'start' ? x : item.anchor === 'middle' ? x - width / 2 : x - width;
  if (misses(from, from + width, area.left, area.right, SIDE_EM * size)) return undefined;
  const reaches = (index: number) => {
    const baseline = y + index * lineHeight;
    const wide = hasWideText(lines[index] ?? '');
    return (
      baseline + (wide ? WIDE_DESCENT_EM : DESCENT_EM) * size >= area.top &&
      baseline - (wide ? WIDE_ASCENT_EM : ASCENT_EM) * size <= area.bottom
    );
  };
  let first = 0;
  while (first < lines.length && !reaches(first)) first += 1;
  let last = lines.length - 1;
  while (last >= first && !reaches(last)) last -= 1;
  if (last < first) return undefined;
  if (first === 0 && last === lines.length - 1) return item;
  return { ...item, y: y + first * lineHeight, lines: lines.slice(first, last + 1) };
}

/**
 * A line cut down to the area. A dashed line keeps its pattern where it is: it starts a whole
 * number of dash periods after its original start.
 */
function lineInArea(item: LineItem, area: Area): LineItem | undefined {
  const margin = reach(item);
  const dx = item.x2 - item.x1;
  const dy = item.y2 - item.y1;
  const length = Math.hypot(dx, dy);
  if (length === 0) return misses(item.x1, item.x1, area.left, area.right, margin) ? undefined : item;
  // The stretch of the line inside the widened area, as distances from its start.
  let enter = 0;
  let leave = length;
  for (const [start, delta, min, max] of [
    [item.x1, dx, area.left - margin, area.right + margin],
    [item.y1, dy, area.top - margin, area.bottom + margin],
  ] as const) {
    if (delta === 0) {
      if (start < min || start > max) return undefined;
      continue;
    }
    const a = ((min - start) / delta) * length;
    const b = ((max - start) / delta) * length;
    enter = Math.max(enter, Math.min(a, b));
    leave = Math.min(leave, Math.max(a, b));
  }
  if (enter >= leave) return undefined;
  const period = (item.dash ?? []).reduce((sum, dash) => sum + dash, 0);
  const from = period > 0 ? Math.floor(enter / period) * period : enter;
  if (from <= 0 && leave >= length) return item;
  const at = (distance: number) => Math.min(length, Math.max(0, distance)) / length;
  return {
    ...item,
    x1: item.x1 + dx * at(from),
    y1: item.y1 + dy * at(from),
    x2: item.x1 + dx * at(leave),
    y2: item.y1 + dy * at(leave),
  };
}

function itemInArea(
  item: SceneItem,
  area: Area,
  bounds: (path: PathItem) => Box | undefined,
): SceneItem | undefined {
  switch (item.kind) {
    case 'rect':
      return boxMisses(item, area, reach(item)) ? undefined : item;
    case 'circle': {
      const size = item.r + reach(item);
      return misses(item.cx - size, item.cx + size, area.left, area.right) ||
        misses(item.cy - size, item.cy + size, area.top, area.bottom)
        ? undefined
        : item;
    }
    case 'line':
      return lineInArea(item, area);
    case 'text':
      return textInArea(item, area);
    case 'path': {
      const box = bounds(item);
      return box && boxMisses(box, area, reach(item)) ? undefined : item;
    }
    case 'group':
      if (item.box && boxMisses(item.box, area)) return undefined;
      // A transformed group (an icon) draws in its own coordinates: kept whole.
      return item.transform ? item : { ...item, children: itemsInArea(item.children, area, bounds) };
  }
}

/**
 * What of the scene may draw inside the area, for drawing big maps tile by tile: groups whose
 * box lies outside it are left out with everything in them, and so are rects, circles, paths,
 * lines and text lines that lie outside it; lines crossing it are cut to it. Icons are kept
 * whole. Nothing that draws inside the area changes. `bounds` gives a path's box (pathBounds,
 * remembered by the caller: the same paths come up tile after tile).
 */
export function itemsInArea(
  items: readonly SceneItem[],
  area: Area,
  bounds: (path: PathItem) => Box | undefined = (path) => pathBounds(path.d),
): SceneItem[] {
  const kept: SceneItem[] = [];
  for (const item of items) {
    const inArea = itemInArea(item, area, bounds);
    if (inArea) kept.push(inArea);
  }
  return kept;
}
