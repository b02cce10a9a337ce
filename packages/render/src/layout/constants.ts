import type { TextStyle } from '../text/measure.js';

/** Space around the whole map. */
export const MARGIN = 40;
/** The left column holding the lane names. */
export const LABEL_WIDTH = 184;
/** Every step column has this width, unless a tiny map is stretched to fill the header. */
export const COLUMN_WIDTH = 240;
/** The narrowest the content area (columns) may be, so header and legend fit. */
export const MIN_CONTENT_WIDTH = 1000;
/** Space between a cell's edge and its cards. */
export const CELL_PAD_X = 10;
export const CELL_PAD_Y = 10;
/** Space between stacked cards. */
export const CARD_GAP = 8;
/** Space inside a card. */
export const CARD_PAD = 10;
export const RADIUS = 6;
/** Vertical gap between lane groups (customer, analysis, blueprint, measure). */
export const GROUP_GAP = 30;

export const styles = {
  title: { size: 30, weight: 700 },
  objective: { size: 16, weight: 400 },
  meta: { size: 13, weight: 400 },
  heading: { size: 13, weight: 700 },
  laneLabel: { size: 14, weight: 700 },
  laneHint: { size: 12, weight: 400 },
  group: { size: 12, weight: 700 },
  stageName: { size: 16, weight: 700 },
  stageNumber: { size: 13, weight: 700 },
  stageDescription: { size: 12, weight: 400 },
  cardTitle: { size: 13, weight: 600 },
  body: { size: 13, weight: 400 },
  quote: { size: 13, weight: 400, italic: true },
  small: { size: 12, weight: 400 },
  smallStrong: { size: 12, weight: 600 },
  badge: { size: 12, weight: 700 },
} as const satisfies Record<string, TextStyle>;

/** Line height for a text size. */
export function lineHeight(style: TextStyle): number {
  return Math.round(style.size * 1.38);
}
