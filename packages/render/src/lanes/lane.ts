import type { AnalysisDocument, Journey } from '@waymark/core';
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
  /** What was measured for this journey (`RenderOptions.analysis`), when given. */
  readonly analysis?: AnalysisDocument;
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
  readonly captions?: readonly Caption[];
  /** Arrows between cards (alternative paths), relative to the lane's top. */
  readonly links?: readonly Link[];
  /** Arrows with corners (a path continuing on its next row), relative to the lane's top. */
  readonly bends?: readonly Bend[];
}

/** A caption in a lane, wrapped to `width` when given. */
export interface Caption {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width?: number;
}

/** An arrow from (x1, y) to (x2, y). */
export interface Link {
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
  readonly color: string;
  readonly dashed: boolean;
}

/** An arrow along straight segments through `points`, its head at the last point. */
export interface Bend {
  readonly points: readonly { readonly x: number; readonly y: number }[];
  readonly color: string;
  readonly dashed: boolean;
  /** A dot at the first point: where the arrow comes from. */
  readonly startDot?: boolean;
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
  hasContent(journey: Journey, index: MapIndex, analysis?: AnalysisDocument): boolean;
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

/** An arrow with corners: its segments, then a head along the last one. */
function drawBend(bend: Bend, top: number): SceneItem[] {
  const points = bend.points.map((point) => ({ x: round(point.x), y: round(top + point.y) }));
  const tip = points[points.length - 1];
  const before = points[points.length - 2];
  if (!tip || !before) return [];
  const length = Math.hypot(tip.x - before.x, tip.y - before.y) || 1;
  const ux = (tip.x - before.x) / length;
  const uy = (tip.y - before.y) / length;
  const shaft = points.map((point, i) =>
    i === points.length - 1 ? { x: tip.x - 6 * ux, y: tip.y - 6 * uy } : point,
  );
  const head = (along: number, across: number) =>
    `${round(tip.x - along * ux - across * uy)} ${round(tip.y - along * uy + across * ux)}`;
  const items: SceneItem[] = [
    {
      kind: 'path',
      d: shaft.map((point, i) => `${i === 0 ? 'M' : 'L'}${round(point.x)} ${round(point.y)}`).join(''),
      stroke: bend.color,
      strokeWidth: 2,
      lineJoin: 'round',
      ...(bend.dashed ? { dash: [5, 4] } : {}),
    },
    { kind: 'path', d: `M${head(7, 4.5)}L${tip.x} ${tip.y}L${head(7, -4.5)}Z`, fill: bend.color },
  ];
  const start = points[0];
  if (bend.startDot && start)
    items.push({ kind: 'circle', cx: start.x, cy: start.y, r: 3.5, fill: bend.color });
  return items;
}

/** Draws every card of every cell, the links between them, and the lane's captions. */
export function placeCells(measured: MeasuredLane, top: number, theme: Theme): SceneItem[] {
  const items: SceneItem[] = [];
  for (const caption of measured.captions ?? []) {
    items.push(
      placeText(
        wrapBlock(caption.text, styles.smallStrong, caption.width ?? 10_000),
        caption.x,
        top + caption.y,
        theme.muted,
      ),
    );
  }
  for (const link of measured.links ?? []) items.push(...drawLink(link, top));
  for (const bend of measured.bends ?? []) items.push(...drawBend(bend, top));
  for (const cell of measured.cells) {
    for (const { card, dx, dy } of cell.cards)
      items.push(card.draw(cell.x + dx, top + cell.y + dy, cell.key));
  }
  return items;
}

/** Height of a strip caption ("Across the journey"). */
export const captionHeight = lineHeight(styles.smallStrong) + 4;

/** Cards under a caption, e.g. the findings of an alternative path step: "on path: Item missing". */
export interface CardGroup {
  readonly caption: string;
  readonly cards: readonly Card[];
}

/** Space between a column's cards and a captioned group below them. */
export const GROUP_SPACE = 6;

/**
 * One column's cell: its own cards, then each group under its caption (wrapped to the card
 * width), all stacked from `top` (default: the lane's top padding) down.
 */
export function columnCell(
  key: string,
  x: number,
  width: number,
  cards: readonly Card[],
  groups: readonly CardGroup[],
  top = CELL_PAD_Y,
): { cell: MeasuredCell; captions: Caption[] } {
  const placed: { card: Card; dx: number; dy: number }[] = [];
  const captions: Caption[] = [];
  let y = 0;
  const stack = (list: readonly Card[]) => {
    for (const card of list) {
      placed.push({ card, dx: 0, dy: y });
      y += card.height + CARD_GAP;
    }
  };
  stack(cards);
  for (const group of groups) {
    if (group.cards.length === 0) continue;
    if (y > 0) y += GROUP_SPACE;
    const caption = wrapBlock(group.caption, styles.smallStrong, width);
    captions.push({ text: group.caption, x, y: top + y, width });
    y += caption.height + 4;
    stack(group.cards);
  }
  const height = Math.max(0, y - CARD_GAP);
  return { cell: { key, x, y: top, width, height, cards: placed }, captions };
}

/** How many columns a strip of `count` one-column cards spans: as many as fit side by side. */
function stripSpan(count: number, grid: Grid): number {
  const slots = Math.max(1, Math.floor(grid.width / grid.columnWidth));
  return Math.max(1, Math.min(count, slots));
}

/**
 * Where a strip `span` columns wide and `height` tall goes, given how far down each column is
 * already filled (`bottoms`): the run of columns where it leaves the lane lowest, so it fills
 * empty columns rather than adding a row under the tallest one; among equals, the one nearest
 * the lane's top, then the rightmost (journey-wide items read last).
 */
export function stripPlacement(
  bottoms: readonly number[],
  span: number,
  height: number,
): { column: number; top: number } {
  const slots = Math.max(span, bottoms.length);
  const laneBottom = Math.max(0, ...bottoms);
  let best = { column: 0, top: CELL_PAD_Y, bottom: Infinity };
  for (let column = 0; column + span <= slots; column += 1) {
    const above = Math.max(0, ...bottoms.slice(column, column + span));
    const top = above > 0 ? above + CELL_PAD_Y + GROUP_SPACE : CELL_PAD_Y;
    const bottom = Math.max(laneBottom, top + height);
    if (bottom < best.bottom || (bottom === best.bottom && top <= best.top)) best = { column, top, bottom };
  }
  return { column: best.column, top: best.top };
}

/**
 * Journey-wide cards in a strip under a caption, as many columns wide as fit, in the columns
 * where it leaves the lane lowest given how far down each column is filled (`bottoms`).
 */
export function placeStrip(
  key: string,
  strip: { readonly caption: string; readonly cards: readonly Card[] },
  bottoms: readonly number[],
  grid: Grid,
): { cell: MeasuredCell; caption: Caption } {
  const flow = (column: number, span: number, top: number) =>
    flowCell(
      key,
      columnX(grid, column) + CELL_PAD_X,
      top + captionHeight,
      span * grid.columnWidth - 2 * CELL_PAD_X,
      strip.cards,
      grid,
    );
  const span = stripSpan(strip.cards.length, grid);
  const place = stripPlacement(bottoms, span, captionHeight + flow(0, span, 0).height);
  return {
    cell: flow(place.column, span, place.top),
    caption: {
      text: strip.caption,
      x: columnX(grid, place.column) + CELL_PAD_X,
      y: place.top,
      width: span * grid.columnWidth - 2 * CELL_PAD_X,
    },
  };
}

/**
 * The usual card lane: cards per step column (then, optionally, captioned groups such as the
 * findings of alternative path steps drawn in that column), and journey-wide cards in a strip
 * under a caption, in the columns where it leaves the lane lowest.
 */
export function measureCardLane(
  laneId: LaneId,
  context: LaneContext,
  cardsFor: (column: number) => readonly Card[],
  strip?: { readonly caption: string; readonly cards: readonly Card[] },
  groupsFor?: (column: number) => readonly CardGroup[],
): MeasuredLane {
  const { grid } = context;
  const cells: MeasuredCell[] = [];
  const captions: Caption[] = [];
  const bottoms: number[] = [];
  // A map without columns still draws its alternative paths from column 0, and what is at them.
  for (let column = 0; column < Math.max(1, grid.columnCount); column += 1) {
    const cards = cardsFor(column);
    const groups = groupsFor?.(column) ?? [];
    bottoms.push(0);
    if (cards.length === 0 && groups.every((group) => group.cards.length === 0)) continue;
    const built = columnCell(
      `${laneId}:${column}`,
      columnX(grid, column) + CELL_PAD_X,
      cardWidth(grid),
      cards,
      groups,
    );
    cells.push(built.cell);
    captions.push(...built.captions);
    bottoms[column] = built.cell.y + built.cell.height;
  }
  if (strip && strip.cards.length > 0) {
    const placed = placeStrip(`${laneId}:wide`, strip, bottoms, grid);
    cells.push(placed.cell);
    captions.push(placed.caption);
  }
  return { height: laneHeight(cells, 56), cells, captions };
}
