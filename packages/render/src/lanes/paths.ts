import type { Path, Step } from '@waymark/core';
import {
  buildCard,
  type Card,
  type CardPart,
  frameFor,
  headerPart,
  innerWidth,
  textPart,
} from '../layout/card.js';
import { CELL_PAD_X, CELL_PAD_Y, lineHeight, styles } from '../layout/constants.js';
import { lineBlock, placeText, round } from '../layout/text.js';
import type { SceneItem } from '../scene/scene.js';
import { measureText } from '../text/measure.js';
import { textOn } from '../theme.js';
import { formatScore } from './emotions.js';
import { percent } from './findingCard.js';
import {
  cardWidth,
  columnX,
  type LaneContext,
  type LaneDefinition,
  type Link,
  type MeasuredCell,
  placeCells,
  stackCell,
} from './lane.js';
import { channelLine } from './touchpoints.js';

const TRACK_GAP = 16;
/** Where the arrows between a path's cards run, below each card's top. */
const LINK_Y = 16;

/** Persona dots with their score on a path step, flowing left to right. */
function emotionsPart(step: Step, context: LaneContext, width: number): CardPart | undefined {
  const entries = context.index.shownPersonas.flatMap((persona) => {
    const emotion = step.emotions[persona.persona.id];
    return emotion ? [{ persona, text: formatScore(emotion.score) }] : [];
  });
  if (entries.length === 0) return undefined;
  const line = lineHeight(styles.smallStrong);
  const placed: { x: number; row: number; persona: (typeof entries)[number]['persona']; text: string }[] = [];
  let x = 0;
  let row = 0;
  for (const entry of entries) {
    const w = 12 + measureText(entry.text, styles.smallStrong) + 10;
    if (x > 0 && x + w > width) {
      x = 0;
      row += 1;
    }
    placed.push({ x, row, ...entry });
    x += w;
  }
  return {
    height: (row + 1) * line,
    gap: 6,
    draw: (left, top) =>
      placed.flatMap(({ x: dx, row: r, persona, text }): SceneItem[] => [
        {
          kind: 'circle',
          cx: round(left + dx + 4),
          cy: round(top + r * line + line / 2),
          r: 4,
          fill: persona.color,
        },
        placeText(lineBlock(text, styles.smallStrong), left + dx + 12, top + r * line, context.theme.text),
      ]),
  };
}

function pathColor(path: Path, context: LaneContext): string {
  return context.theme.pathKinds[path.kind];
}

function branchCard(path: Path, context: LaneContext): Card {
  const { theme, index } = context;
  const color = pathColor(path, context);
  const width = cardWidth(context.grid);
  const frame = frameFor(theme, theme.surface, color, path.evidence, color);
  const inner = innerWidth(width, frame);
  const letter = index.pathLetters.get(path.id) ?? '';
  const from = index.stepNames.get(path.from);
  const facts = [
    `${path.kind} path`,
    path.share !== undefined ? `${percent(path.share)} of customers` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const parts: CardPart[] = [
    headerPart({
      text: path.name,
      color: theme.text,
      width: inner,
      badge: { text: letter, fill: color, color: textOn(color) },
    }),
    textPart(facts, styles.smallStrong, theme.muted, inner, { gap: 6 }),
    textPart(
      from ? `branches after ${from.label} ${from.name}` : `branches after ${path.from}`,
      styles.small,
      theme.muted,
      inner,
      { gap: 2 },
    ),
  ];
  if (path.description) parts.push(textPart(path.description, styles.small, theme.muted, inner, { gap: 6 }));
  return buildCard({
    width,
    className: `wm-card wm-path wm-path-${path.kind}`,
    id: `path-${path.id}`,
    dataId: path.id,
    title: `${path.name} (${path.kind} path)`,
    frame,
    parts,
    measured: path.evidence === 'measured',
    measuredColor: color,
  });
}

function pathStepCard(path: Path, step: Step, stepIndex: number, context: LaneContext): Card {
  const { theme, index } = context;
  const color = pathColor(path, context);
  const width = cardWidth(context.grid);
  const frame = frameFor(theme, theme.surface, theme.border, step.evidence);
  const inner = innerWidth(width, frame);
  const label = `${index.pathLetters.get(path.id) ?? ''}${stepIndex + 1}`;
  const parts: CardPart[] = [
    headerPart({
      text: step.name,
      color: theme.text,
      width: inner,
      badge: { text: label, fill: color, color: textOn(color) },
    }),
  ];
  if (step.description) parts.push(textPart(step.description, styles.small, theme.muted, inner, { gap: 6 }));
  for (const touchpoint of step.touchpoints) {
    const text = `${channelLine(touchpoint)}${touchpoint.name ? `: ${touchpoint.name}` : ''}`;
    parts.push(textPart(text, styles.small, theme.muted, inner, { gap: 3 }));
  }
  for (const thought of step.thoughts)
    parts.push(textPart(`“${thought}”`, { ...styles.small, italic: true }, theme.text, inner, { gap: 4 }));
  const emotions = emotionsPart(step, context, inner);
  if (emotions) parts.push(emotions);
  return buildCard({
    width,
    className: 'wm-card wm-step wm-path-step',
    id: `step-${step.id}`,
    dataId: step.id,
    title: step.name,
    frame,
    parts,
    measured: step.evidence === 'measured',
    measuredColor: theme.text,
  });
}

function endCard(path: Path, context: LaneContext): Card {
  const { theme, index } = context;
  const color = pathColor(path, context);
  const width = cardWidth(context.grid);
  const frame = { fill: theme.background, stroke: color, strokeWidth: 1.5, dash: [4, 3] };
  const rejoin = path.rejoin === undefined ? undefined : index.stepNames.get(path.rejoin);
  const text =
    path.rejoin === undefined
      ? '■ the path ends here'
      : `rejoins at ${rejoin ? `${rejoin.label} ${rejoin.name}` : path.rejoin}`;
  return buildCard({
    width,
    className: 'wm-card wm-path-end',
    dataId: path.id,
    frame,
    parts: [textPart(text, styles.smallStrong, theme.text, innerWidth(width, frame))],
  });
}

/** One track: branch, steps, end, left to right from the branching column; wraps to a new row at the right edge. */
function measureTrack(
  path: Path,
  context: LaneContext,
  top: number,
): { cells: MeasuredCell[]; links: Link[]; bottom: number } {
  const { grid, index } = context;
  const color = pathColor(path, context);
  const fromStep = index.stepOf.get(path.from);
  let column = (fromStep === undefined ? undefined : index.stepColumn.get(fromStep)) ?? 0;
  const rejoinColumn = path.rejoin === undefined ? undefined : index.stepColumn.get(path.rejoin);
  const items: { card: Card; column: number; row: number }[] = [];
  let row = 0;
  const put = (card: Card, wanted: number) => {
    let at = wanted;
    if (at >= grid.columnCount) {
      row += 1;
      at = 0;
    }
    items.push({ card, column: at, row });
    column = at + 1;
  };
  put(branchCard(path, context), column);
  for (const [i, step] of path.steps.entries()) put(pathStepCard(path, step, i, context), column);
  put(endCard(path, context), rejoinColumn !== undefined && rejoinColumn >= column ? rejoinColumn : column);

  const rowHeights: number[] = [];
  for (const item of items) rowHeights[item.row] = Math.max(rowHeights[item.row] ?? 0, item.card.height);
  const rowTops: number[] = [];
  let y = top;
  rowHeights.forEach((height, r) => {
    rowTops[r] = y;
    y += height + TRACK_GAP;
  });
  const cells: MeasuredCell[] = [];
  const links: Link[] = [];
  items.forEach((item, i) => {
    const x = columnX(grid, item.column) + CELL_PAD_X;
    const cellTop = rowTops[item.row] ?? top;
    cells.push(stackCell(`paths:${path.id}:${i}`, x, cellTop, cardWidth(grid), [item.card]));
    const previous = items[i - 1];
    if (previous && previous.row === item.row) {
      links.push({
        x1: columnX(grid, previous.column) + CELL_PAD_X + cardWidth(grid),
        x2: x,
        y: cellTop + LINK_Y,
        color,
        dashed: item.column - previous.column > 1,
      });
    }
  });
  return { cells, links, bottom: y - TRACK_GAP };
}

export const pathsLane: LaneDefinition = {
  id: 'paths',
  label: 'Alternative paths',
  hint: 'where customers leave the main path',
  group: 'customer',
  section: 'Off the main path',
  hasContent: (journey) => journey.paths.length > 0,
  measure: (context) => {
    const cells: MeasuredCell[] = [];
    const links: Link[] = [];
    let top = CELL_PAD_Y;
    for (const path of context.journey.paths) {
      const track = measureTrack(path, context, top);
      cells.push(...track.cells);
      links.push(...track.links);
      top = track.bottom + TRACK_GAP;
    }
    return { height: Math.max(56, top - TRACK_GAP + CELL_PAD_Y), cells, links };
  },
  place: (measured, top, context) => placeCells(measured, top, context.theme),
};
