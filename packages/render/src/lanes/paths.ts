import type { Path, Step, Touchpoint } from '@waymark/core';
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
import type { PersonaStyle } from '../layout/mapIndex.js';
import type { PathTrack, TrackSlot } from '../layout/pathTracks.js';
import { lineBlock, placeText, round, wrapBlock } from '../layout/text.js';
import type { SceneItem } from '../scene/scene.js';
import { measureText } from '../text/measure.js';
import { textOn } from '../theme.js';
import { momentNote, momentStar, momentStarSlot, STAR } from './actions.js';
import { formatScore } from './emotions.js';
import { percent } from './findingCard.js';
import {
  type Bend,
  type Caption,
  cardWidth,
  columnX,
  type LaneContext,
  type LaneDefinition,
  type Link,
  type MeasuredCell,
  placeCells,
  stackCell,
} from './lane.js';
import { quoted } from './thoughts.js';
import { channelLine } from './touchpoints.js';

/** The moment-of-truth star's box. */

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

/** A touchpoint of a path step: channel, name and department on one line, a star on a moment of truth. */
function touchpointPart(touchpoint: Touchpoint, context: LaneContext, width: number): CardPart {
  const { theme } = context;
  const text = [
    `${channelLine(touchpoint)}${touchpoint.name ? `: ${touchpoint.name}` : ''}`,
    touchpoint.department,
  ]
    .filter(Boolean)
    .join(' · ');
  const moment = touchpoint.momentOfTruth !== undefined;
  const block = wrapBlock(text, styles.small, width - (moment ? STAR + 4 : 0));
  return {
    height: Math.max(block.height, moment ? STAR + 2 : 0),
    gap: 3,
    draw: (x, y, w) => [
      placeText(block, x, y, theme.muted),
      ...(moment ? [momentStar(x + w - STAR, y + 1, theme.moment.accent, theme.moment.text)] : []),
    ],
  };
}

/** A persona's thought on a path step: a dot in the persona's colour, then the quote. */
function personaThoughtPart(
  text: string,
  persona: PersonaStyle,
  context: LaneContext,
  width: number,
): CardPart {
  const style = { ...styles.small, italic: true };
  const block = wrapBlock(quoted(text), style, width - 12);
  const line = lineHeight(style);
  return {
    height: block.height,
    gap: 4,
    draw: (x, y) => [
      { kind: 'circle', cx: round(x + 4), cy: round(y + line / 2), r: 4, fill: persona.color },
      placeText(block, x + 12, y, context.theme.text),
    ],
  };
}

/**
 * A step of an alternative path: everything the main path shows in its lanes, on one card —
 * name, description, moment of truth, touchpoints, thoughts (the step's and each shown
 * persona's), emotion scores and the detail map. Its blueprint lines, pain points, gains and
 * metrics sit in their own lanes, in this card's column.
 */
function pathStepCard(path: Path, step: Step, stepIndex: number, context: LaneContext): Card {
  const { theme, index } = context;
  const color = pathColor(path, context);
  const width = cardWidth(context.grid);
  const moment = step.momentOfTruth !== undefined;
  const frame = {
    ...frameFor(theme, theme.surface, moment ? theme.moment.accent : theme.border, step.evidence),
    ...(moment ? { strokeWidth: 2 } : {}),
  };
  const inner = innerWidth(width, frame);
  const label = `${index.pathLetters.get(path.id) ?? ''}${stepIndex + 1}`;
  const parts: CardPart[] = [
    headerPart({
      text: step.name,
      color: theme.text,
      width: inner,
      badge: { text: label, fill: color, color: textOn(color) },
      ...(moment ? { right: momentStarSlot(theme) } : {}),
    }),
  ];
  if (step.description) parts.push(textPart(step.description, styles.small, theme.muted, inner, { gap: 6 }));
  if (step.momentOfTruth) parts.push(momentNote(step.momentOfTruth.reason, context, inner));
  for (const touchpoint of step.touchpoints) {
    parts.push(touchpointPart(touchpoint, context, inner));
    if (touchpoint.momentOfTruth) parts.push(momentNote(touchpoint.momentOfTruth.reason, context, inner));
  }
  for (const thought of step.thoughts)
    parts.push(textPart(quoted(thought), { ...styles.small, italic: true }, theme.text, inner, { gap: 4 }));
  for (const persona of index.shownPersonas) {
    for (const thought of step.emotions[persona.persona.id]?.thoughts ?? [])
      parts.push(personaThoughtPart(thought, persona, context, inner));
  }
  const emotions = emotionsPart(step, context, inner);
  if (emotions) parts.push(emotions);
  if (step.detail) {
    const block = wrapBlock(`detail map → ${step.detail}`, styles.smallStrong, inner);
    parts.push({ height: block.height, gap: 8, draw: (x, y) => [placeText(block, x, y, theme.link)] });
  }
  return buildCard({
    width,
    className: `wm-card wm-step wm-path-step${moment ? ' wm-moment' : ''}`,
    id: `step-${step.id}`,
    dataId: step.id,
    title: step.description ? `${step.name}: ${step.description}` : step.name,
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

/** Room above a track for the connector from its branch step's column. */
const BRANCH_RISE = 22;
/** Gap between the rows of a track that continues under itself. */
const ROW_GAP = 28;
/** How far into a card an arrow coming from above lands. */
const ARROW_IN = 24;

/**
 * One track, as laid out in the map index: branch card, steps, then the rejoin/end marker, with
 * arrows between them. A track that starts left of its branch step's column gets a connector
 * from that column; one that continues on a second row gets an arrow down to it.
 */
function measureTrack(
  track: PathTrack,
  context: LaneContext,
  top: number,
): { cells: MeasuredCell[]; links: Link[]; bends: Bend[]; captions: Caption[]; bottom: number } {
  const { grid } = context;
  const { path } = track;
  const color = pathColor(path, context);
  const width = cardWidth(grid);
  const cardOf = (slot: TrackSlot): Card =>
    slot.kind === 'branch'
      ? branchCard(path, context)
      : slot.kind === 'step'
        ? pathStepCard(path, slot.step, slot.stepIndex, context)
        : endCard(path, context);
  const items = track.slots.map((slot) => ({ slot, card: cardOf(slot) }));
  const branch = track.slots[0];
  const detached =
    branch !== undefined && track.fromColumn !== undefined && branch.column !== track.fromColumn;

  const rowHeights: number[] = [];
  for (const { slot, card } of items) rowHeights[slot.row] = Math.max(rowHeights[slot.row] ?? 0, card.height);
  const rowTops: number[] = [];
  let y = top + (detached ? BRANCH_RISE : 0);
  for (let row = 0; row < track.rows; row += 1) {
    rowTops[row] = y;
    y += (rowHeights[row] ?? 0) + (row < track.rows - 1 ? ROW_GAP : 0);
  }

  const cells: MeasuredCell[] = [];
  const links: Link[] = [];
  const bends: Bend[] = [];
  const left = (column: number) => columnX(grid, column) + CELL_PAD_X;
  items.forEach(({ slot, card }, i) => {
    const x = left(slot.column);
    const cellTop = rowTops[slot.row] ?? top;
    cells.push(stackCell(`paths:${path.id}:${i}`, x, cellTop, width, [card]));
    const previous = items[i - 1];
    if (!previous) return;
    if (previous.slot.row === slot.row) {
      links.push({
        x1: left(previous.slot.column) + width,
        x2: x,
        y: cellTop + LINK_Y,
        color,
        dashed: slot.column - previous.slot.column > 1,
      });
      return;
    }
    // Continues on the next row: down from the previous card, back left, down into this one.
    const from = left(previous.slot.column) + width / 2;
    const previousBottom = (rowTops[previous.slot.row] ?? top) + previous.card.height;
    const turn = cellTop - ROW_GAP / 2;
    bends.push({
      points: [
        { x: from, y: previousBottom },
        { x: from, y: turn },
        { x: x + ARROW_IN, y: turn },
        { x: x + ARROW_IN, y: cellTop },
      ],
      color,
      dashed: false,
    });
  });
  const captions: Caption[] = [];
  if (detached && branch && track.fromColumn !== undefined) {
    // The branch step's column is further right: a connector from it to the branch card,
    // labelled with the branch step's number.
    const from = columnX(grid, track.fromColumn) + grid.columnWidth / 2;
    const rise = top + 9;
    const fromStep = context.index.stepOf.get(path.from);
    const label = fromStep === undefined ? undefined : context.index.stepNames.get(fromStep)?.label;
    if (label)
      captions.push({ text: `from ${label}`, x: from + 9, y: rise - lineHeight(styles.smallStrong) / 2 });
    bends.push({
      points: [
        { x: from, y: rise },
        { x: left(branch.column) + ARROW_IN, y: rise },
        { x: left(branch.column) + ARROW_IN, y: rowTops[0] ?? top },
      ],
      color,
      dashed: false,
      startDot: true,
    });
  }
  return { cells, links, bends, captions, bottom: y };
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
    const bends: Bend[] = [];
    const captions: Caption[] = [];
    let top = CELL_PAD_Y;
    for (const track of context.index.pathTracks) {
      const measured = measureTrack(track, context, top);
      cells.push(...measured.cells);
      links.push(...measured.links);
      bends.push(...measured.bends);
      captions.push(...measured.captions);
      top = measured.bottom + TRACK_GAP;
    }
    return { height: Math.max(56, top - TRACK_GAP + CELL_PAD_Y), cells, links, bends, captions };
  },
  place: (measured, top, context) => placeCells(measured, top, context.theme),
};
