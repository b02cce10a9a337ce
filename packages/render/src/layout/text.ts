import type { TextItem } from '../scene/scene.js';
import type { TextStyle } from '../text/measure.js';
import { linesWidth, wrapText } from '../text/wrap.js';
import { lineHeight } from './constants.js';

/** Text wrapped to a width, ready to place. */
export interface TextBlock {
  readonly lines: readonly string[];
  readonly style: TextStyle;
  readonly width: number;
  readonly height: number;
}

/** Wraps text to a width; the block's height is its number of lines times the line height. */
export function wrapBlock(text: string, style: TextStyle, width: number, maxLines?: number): TextBlock {
  // Every options object has the same shape, which keeps the wrapper's property reads fast.
  const options = {
    size: style.size,
    weight: style.weight,
    italic: style.italic,
    width: Math.max(1, width),
    maxLines: maxLines || undefined,
  };
  const lines = wrapText(text, options);
  return { lines, style, width: linesWidth(lines, style), height: lines.length * lineHeight(style) };
}

/** A single line, unwrapped (labels the layout has made sure fit). */
export function lineBlock(text: string, style: TextStyle): TextBlock {
  return { lines: [text], style, width: linesWidth([text], style), height: lineHeight(style) };
}

/** Round to 2 decimals so output bytes stay stable and small. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The text item for a block whose top-left (or top-centre/right, by anchor) is (x, top).
 * The first baseline sits so that ascenders and descenders stay within the line boxes.
 */
export function placeText(
  block: TextBlock,
  x: number,
  top: number,
  fill: string,
  anchor: TextItem['anchor'] = 'start',
): TextItem {
  const height = lineHeight(block.style);
  const item: TextItem = {
    kind: 'text',
    x: round(x),
    y: round(top + height / 2 + block.style.size * 0.36),
    lines: block.lines,
    size: block.style.size,
    weight: block.style.weight,
    lineHeight: height,
    fill,
    anchor,
    width: round(block.width),
  };
  return block.style.italic ? { ...item, italic: true } : item;
}
