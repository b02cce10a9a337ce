import type { Journey } from '@waymark/core';
import type { Card } from '../layout/card.js';
import { CARD_GAP, CELL_PAD_X, CELL_PAD_Y, lineHeight, styles } from '../layout/constants.js';
import type { MapIndex } from '../layout/mapIndex.js';
import { placeText, round, wrapBlock } from '../layout/text.js';
import type { LaneId } from '../options.js';
import type { SceneItem } from '../scene/scene.js';
import type { Theme } from '../theme.js';

export type LaneGroup = 'customer' | 'analysis' | 'blueprint' | 'measure';

/** Horizontal geometry of the step columns. */
export interface Grid {
  /** x of the first column's left edge. */
  readonly left: number;
  readonly columnWidth: number;
  readonly columnCount: number;
  /** Width of all columns together. */
  readonly width: number;
}

/** What a lane needs to measure and place itself. */
export interface LaneContext {
  readonly journey: Journey;
  readonly theme: Theme;
  readonly index: MapIndex;
  readonly grid: Grid;
}

/** A group of cards at a place inside the lane (y relative to the lane's top). */
export interface MeasuredCell {
  /** The grid cell, e.g. `painPoints:3` or `painPoints:wide`. */
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Each card with its offset inside the cell. */
  readonly cards: readonly { readonly card: Card; readonly dx: number; readonly dy: number }[];
}

/** A lane after measuring: its height and its cells. */
export interface MeasuredLane {
  readonly height: number;
  readonly cells: readonly MeasuredCell[];
  /** Text drawn in the lane outside any card (captions), relative to the lane's top. */
  readonly captions?: readonly { readonly text: string; readonly x: number; readonly y: number }[];
  /** Arrows between cards (alternative paths), relative to the lane's top. */
  readonly links?: readonly Link[];
}

/** An arrow from (x1, y) to (x2, y). */
export interface Link {
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
  readonly color: string;
  readonly dashed: boolean;
}

/** A row of the map. One module per lane in src/lanes/, all registered in registry.ts. */
export interface LaneDefinition {
  readonly id: LaneId;
  readonly label: string;
  /** One line under the label, e.g. the scale of the emotion curve. */
  readonly hint?: string;
  readonly group: LaneGroup;
  /** The caption shown above the lane when it starts a group; default: the group's name. */
  readonly section?: string;
  /** Room the lane keeps free at the right of the label column (the emotion scale). */
  readonly labelReserve?: number;
  /** Blueprint lanes the customer does not see: the line of visibility runs above the first. */
  readonly belowVisibility?: boolean;
  /** Whether the lane has anything to show for this journey (lanes without content are left out by default). */
  hasContent(journey: Journey, index: MapIndex): boolean;
  measure(context: LaneContext): MeasuredLane;
  /** The lane's scene items, with the lane's top at `top`. */
  place(measured: MeasuredLane, top: number, context: LaneContext): SceneItem[];
}

/** The x of a column's left edge. */
export function columnX(grid: Grid, column: number): number {
  return grid.left + column * grid.columnWidth;
}

/** The width of a card in one column. */
export function cardWidth(grid: Grid): number {
  return grid.columnWidth - 2 * CELL_PAD_X;
}

/** Lays cards out left to right, top to bottom, inside a width; each card one column wide. */
export function flowCell(
  key: string,
  x: number,
  y: number,
  width: number,
  cards: readonly Card[],
  grid: Grid,
): MeasuredCell {
  const perRow = Math.max(1, Math.floor((width + 2 * CELL_PAD_X) / grid.columnWidth));
  const placed: { card: Card; dx: number; dy: number }[] = [];
  let rowTop = 0;
  for (let start = 0; start < cards.length; start += perRow) {
    const row = cards.slice(start, start + perRow);
    let rowHeight = 0;
    row.forEach((card, i) => {
      placed.push({ card, dx: i * grid.columnWidth, dy: rowTop });
      rowHeight = Math.max(rowHeight, card.height);
    });
    rowTop += rowHeight + CARD_GAP;
  }
  return { key, x, y, width, height: Math.max(0, rowTop - CARD_GAP), cards: placed };
}

/** Cards stacked in one column. */
export function stackCell(
  key: string,
  x: number,
  y: number,
  width: number,
  cards: readonly Card[],
): MeasuredCell {
  const placed: { card: Card; dx: number; dy: number }[] = [];
  let top = 0;
  for (const card of cards) {
    placed.push({ card, dx: 0, dy: top });
    top += card.height + CARD_GAP;
  }
  return { key, x, y, width, height: Math.max(0, top - CARD_GAP), cards: placed };
}

/** The lane height that holds every cell with padding below. */
export function laneHeight(cells: readonly MeasuredCell[], minimum = 0): number {
  let bottom = 0;
  for (const cell of cells) bottom = Math.max(bottom, cell.y + cell.height);
  return Math.max(minimum, bottom + CELL_PAD_Y);
}

/** An arrow between two cards: a line and a head, dashed when it skips columns. */
function drawLink(link: Link, top: number): SceneItem[] {
  const y = round(top + link.y);
  const tip = round(link.x2);
  return [
    {
      kind: 'line',
      x1: round(link.x1),
      y1: y,
      x2: round(link.x2 - 6),
      y2: y,
      stroke: link.color,
      strokeWidth: 2,
      ...(link.dashed ? { dash: [5, 4] } : {}),
    },
    {
      kind: 'path',
      d: `M${round(tip - 7)} ${round(y - 4.5)}L${tip} ${y}L${round(tip - 7)} ${round(y + 4.5)}Z`,
      fill: link.color,
    },
  ];
}

/** Draws every card of every cell, the links between them, and the lane's captions. */
export function placeCells(measured: MeasuredLane, top: number, theme: Theme): SceneItem[] {
  const items: SceneItem[] = [];
  for (const caption of measured.captions ?? []) {
    items.push(
      placeText(wrapBlock(caption.text, styles.smallStrong, 10_000), caption.x, top + caption.y, theme.muted),
    );
  }
  for (const link of measured.links ?? []) items.push(...drawLink(link, top));
  for (const cell of measured.cells) {
    for (const { card, dx, dy } of cell.cards)
      items.push(card.draw(cell.x + dx, top + cell.y + dy, cell.key));
  }
  return items;
}

/** Height of a strip caption ("Across the journey"). */
export const captionHeight = lineHeight(styles.smallStrong) + 4;

/**
 * The usual card lane: cards per step column, and journey-wide cards in a strip below
 * the columns under a caption.
 */
export function measureCardLane(
  laneId: LaneId,
  context: LaneContext,
  cardsFor: (column: number) => readonly Card[],
  strip?: { readonly caption: string; readonly cards: readonly Card[] },
): MeasuredLane {
  const { grid } = context;
  const cells: MeasuredCell[] = [];
  for (let column = 0; column < grid.columnCount; column += 1) {
    const cards = cardsFor(column);
    if (cards.length === 0) continue;
    cells.push(
      stackCell(
        `${laneId}:${column}`,
        columnX(grid, column) + CELL_PAD_X,
        CELL_PAD_Y,
        cardWidth(grid),
        cards,
      ),
    );
  }
  const captions: { text: string; x: number; y: number }[] = [];
  if (strip && strip.cards.length > 0) {
    const top = laneHeight(cells) + (cells.length > 0 ? 6 : 0);
    captions.push({ text: strip.caption, x: grid.left + CELL_PAD_X, y: top });
    cells.push(
      flowCell(
        `${laneId}:wide`,
        grid.left + CELL_PAD_X,
        top + captionHeight,
        grid.width - 2 * CELL_PAD_X,
        strip.cards,
        grid,
      ),
    );
  }
  return { height: laneHeight(cells, 56), cells, captions };
}
