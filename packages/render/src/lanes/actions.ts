import type { Step } from '@waymark/core';
import { starPath } from '../icons.js';
import {
  buildCard,
  type Card,
  type CardPart,
  frameFor,
  headerPart,
  innerWidth,
  textPart,
} from '../layout/card.js';
import { styles } from '../layout/constants.js';
import type { Column } from '../layout/mapIndex.js';
import { placeText, round, wrapBlock } from '../layout/text.js';
import type { SceneItem } from '../scene/scene.js';
import { type Theme, textOn } from '../theme.js';
import { cardWidth, type LaneContext, type LaneDefinition, measureCardLane, placeCells } from './lane.js';

/** Side of the moment-of-truth star, in px. */
export const STAR = 16;

/** The gold star that marks a moment of truth, in a box `STAR` px square at (x, y). */
export function momentStar(x: number, y: number, fill: string, stroke: string): SceneItem {
  return {
    kind: 'path',
    d: starPath(x + STAR / 2, y + STAR / 2 + 0.5, STAR / 2),
    fill,
    stroke,
    strokeWidth: 1,
    lineJoin: 'round',
  };
}

/** The star in the top-right corner of a step card's header, for a moment of truth. */
export function momentStarSlot(theme: Theme) {
  return {
    width: STAR,
    height: STAR,
    draw: (x: number, y: number) => [momentStar(x, y + 1, theme.moment.accent, theme.moment.text)],
  };
}

/** A tinted note inside a card: "Moment of truth — why". */
export function momentNote(reason: string, context: LaneContext, width: number): CardPart {
  const { theme } = context;
  const label = wrapBlock('Moment of truth', styles.smallStrong, width - 12);
  const text = wrapBlock(reason, styles.small, width - 12);
  const height = label.height + text.height + 10;
  return {
    height,
    gap: 8,
    draw: (x, y, w) => [
      { kind: 'rect', x: round(x), y: round(y), width: w, height, radius: 4, fill: theme.moment.fill },
      placeText(label, x + 6, y + 5, theme.moment.text),
      placeText(text, x + 6, y + 5 + label.height, theme.moment.text),
    ],
  };
}

function stepCard(step: Step, column: Column, context: LaneContext): Card {
  const { theme } = context;
  const width = cardWidth(context.grid);
  const moment = step.momentOfTruth !== undefined;
  const frame = {
    ...frameFor(theme, theme.surface, moment ? theme.moment.accent : theme.border, step.evidence),
    ...(moment ? { strokeWidth: 2 } : {}),
  };
  const inner = innerWidth(width, frame);
  const accent = theme.stageAccents[column.stageIndex % theme.stageAccents.length] ?? theme.text;
  const parts: CardPart[] = [
    headerPart({
      text: step.name,
      style: { size: 14, weight: 600 },
      color: theme.text,
      width: inner,
      badge: { text: column.label, fill: accent, color: textOn(accent) },
      ...(moment ? { right: momentStarSlot(theme) } : {}),
    }),
  ];
  if (step.description) parts.push(textPart(step.description, styles.body, theme.muted, inner, { gap: 6 }));
  if (step.momentOfTruth) parts.push(momentNote(step.momentOfTruth.reason, context, inner));
  if (step.detail) {
    const block = wrapBlock(`detail map → ${step.detail}`, styles.smallStrong, inner);
    parts.push({ height: block.height, gap: 8, draw: (x, y) => [placeText(block, x, y, theme.link)] });
  }
  return buildCard({
    width,
    className: `wm-card wm-step${moment ? ' wm-moment' : ''}`,
    id: `step-${step.id}`,
    dataId: step.id,
    title: step.description ? `${step.name}: ${step.description}` : step.name,
    frame,
    parts,
    measured: step.evidence === 'measured',
    measuredColor: theme.text,
  });
}

/** Placeholder for a stage that has no steps yet. */
function emptyCard(context: LaneContext, stageName: string): Card {
  const { theme } = context;
  const width = cardWidth(context.grid);
  const frame = { fill: theme.background, stroke: theme.border, strokeWidth: 1, dash: [3, 3] };
  return buildCard({
    width,
    className: 'wm-card wm-empty',
    frame,
    parts: [textPart(`No steps in ${stageName} yet`, styles.small, theme.muted, innerWidth(width, frame))],
  });
}

export const actionsLane: LaneDefinition = {
  id: 'actions',
  label: 'Customer actions',
  hint: 'what the customer does',
  group: 'customer',
  hasContent: (journey) => journey.stages.length > 0,
  measure: (context) =>
    measureCardLane('actions', context, (index) => {
      const column = context.index.columns[index];
      if (!column) return [];
      return [column.step ? stepCard(column.step, column, context) : emptyCard(context, column.stage.name)];
    }),
  place: (measured, top, context) => placeCells(measured, top, context.theme),
};
