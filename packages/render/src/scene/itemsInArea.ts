import type { LineItem, SceneItem, Stroke, TextItem } from './scene.js';

/** How far glyphs reach above and below their baseline, in em (accents and descenders included, with room to spare). */
const ASCENT_EM = 1.5;
const DESCENT_EM = 0.6;

/** Half the stroke width, and a pixel for antialiasing. */
const reach = (item: Stroke) => (item.stroke ? (item.strokeWidth ?? 1) / 2 : 0) + 1;

const outside = (from: number, to: number, top: number, bottom: number) =>
  Math.max(from, to) < top || Math.min(from, to) > bottom;

/** The lines of a text item that reach into the band, as a text item of their own. */
function textInBand(item: TextItem, top: number, bottom: number): TextItem | undefined {
  const { lines, lineHeight, size, y } = item;
  let first = 0;
  while (first < lines.length && y + first * lineHeight + DESCENT_EM * size < top) first += 1;
  let last = lines.length - 1;
  while (last >= first && y + last * lineHeight - ASCENT_EM * size > bottom) last -= 1;
  if (last < first) return undefined;
  if (first === 0 && last === lines.length - 1) return item;
  return { ...item, y: y + first * lineHeight, lines: lines.slice(first, last + 1) };
}

/**
 * A line cut down to the band. A dashed line keeps its pattern where it is: it starts a whole
 * number of dash periods after its original start.
 */
function lineInBand(item: LineItem, top: number, bottom: number): LineItem | undefined {
  const margin = reach(item);
  if (outside(item.y1, item.y2, top - margin, bottom + margin)) return undefined;
  const dy = item.y2 - item.y1;
  const length = Math.hypot(item.x2 - item.x1, dy);
  if (dy === 0 || length === 0) return item;
  // Where the line enters and leaves the band, as distances from its start.
  const enter = ((dy > 0 ? top - margin : bottom + margin) - item.y1) / (dy / length);
  const leave = ((dy > 0 ? bottom + margin : top - margin) - item.y1) / (dy / length);
  const period = (item.dash ?? []).reduce((sum, dash) => sum + dash, 0);
  const from = Math.max(0, period > 0 ? Math.floor(enter / period) * period : enter);
  const to = Math.min(length, leave);
  if (from <= 0 && to >= length) return item;
  const at = (distance: number) => distance / length;
  return {
    ...item,
    x1: item.x1 + (item.x2 - item.x1) * at(from),
    y1: item.y1 + dy * at(from),
    x2: item.x1 + (item.x2 - item.x1) * at(to),
    y2: item.y1 + dy * at(to),
  };
}

function itemInBand(item: SceneItem, top: number, bottom: number): SceneItem | undefined {
  switch (item.kind) {
    case 'rect':
      return outside(item.y - reach(item), item.y + item.height + reach(item), top, bottom)
        ? undefined
        : item;
    case 'circle':
      return outside(item.cy - item.r - reach(item), item.cy + item.r + reach(item), top, bottom)
        ? undefined
        : item;
    case 'line':
      return lineInBand(item, top, bottom);
    case 'text':
      return textInBand(item, top, bottom);
    case 'path':
      return item;
    case 'group':
      if (item.box && outside(item.box.y, item.box.y + item.box.height, top, bottom)) return undefined;
      // A transformed group (an icon) draws in its own coordinates: kept whole.
      return item.transform ? item : { ...item, children: itemsInBand(item.children, top, bottom) };
  }
}

/**
 * What of the scene may draw inside the band top..bottom (map px), for drawing big maps in
 * strips: groups whose box lies outside it are left out with everything in them, and so are
 * rects, circles, lines and text lines that lie outside it; lines crossing it are cut to it.
 * Paths and icons are kept. Nothing that draws inside the band changes.
 */
export function itemsInBand(items: readonly SceneItem[], top: number, bottom: number): SceneItem[] {
  const kept: SceneItem[] = [];
  for (const item of items) {
    const inBand = itemInBand(item, top, bottom);
    if (inBand) kept.push(inBand);
  }
  return kept;
}
