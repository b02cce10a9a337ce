import type { BlueprintLane, Journey } from '@waymark/core';
import { buildCard, type Card, type CardPart, innerWidth, textPart } from '../layout/card.js';
import { styles } from '../layout/constants.js';
import {
  type CardGroup,
  cardWidth,
  type LaneContext,
  type LaneDefinition,
  measureCardLane,
  placeCells,
} from './lane.js';

/**
 * One line of a blueprint lane: a quiet, unfilled note. `pathStep` ("A1"): the line belongs to
 * that alternative path step, which the note says, since its column belongs to a main-path step.
 */
function noteCard(
  text: string,
  stepId: string,
  lane: BlueprintLane,
  context: LaneContext,
  pathStep?: string,
): Card {
  const { theme } = context;
  const width = cardWidth(context.grid);
  const frame = {
    fill: theme.blueprint.fill,
    stroke: theme.blueprint.stroke,
    strokeWidth: theme.cardStroke,
    radius: 4,
  };
  const inner = innerWidth(width, frame);
  const parts: CardPart[] = [textPart(text, styles.body, theme.blueprint.text, inner)];
  if (pathStep) parts.push(textPart(`at ${pathStep}`, styles.small, theme.muted, inner, { gap: 4 }));
  return buildCard({
    width,
    className: `wm-card wm-blueprint wm-${lane}${pathStep ? ' wm-on-path' : ''}`,
    dataId: stepId,
    frame,
    parts,
  });
}

/** Whether any step, on the main path or an alternative one, has lines for this lane. */
function hasLines(journey: Journey, lane: BlueprintLane): boolean {
  return (
    journey.stages.some((stage) => stage.steps.some((step) => step.blueprint[lane].length > 0)) ||
    journey.paths.some((path) => path.steps.some((step) => step.blueprint[lane].length > 0))
  );
}

/**
 * The lines of the alternative path steps drawn in a column, grouped by path (in path order,
 * then step order) under "on path: <name>", like their pain points, gains and metrics; each
 * note says its path step.
 */
function pathNotes(lane: BlueprintLane, column: number, context: LaneContext): CardGroup[] {
  const groups: { pathId: string; caption: string; cards: Card[] }[] = [];
  for (const { path, step, stepIndex } of context.index.pathStepsByColumn.get(column) ?? []) {
    if (step.blueprint[lane].length === 0) continue;
    const label = `${context.index.pathLetters.get(path.id) ?? ''}${stepIndex + 1}`;
    const cards = step.blueprint[lane].map((text) => noteCard(text, step.id, lane, context, label));
    const last = groups[groups.length - 1];
    if (last && last.pathId === path.id) last.cards.push(...cards);
    else groups.push({ pathId: path.id, caption: `on path: ${path.name}`, cards });
  }
  return groups;
}

/**
 * A service-blueprint lane: each step's lines for that lane as notes in its column, then the
 * lines of alternative path steps drawn in that column.
 */
export function blueprintLane(
  lane: BlueprintLane,
  label: string,
  hint: string,
  belowVisibility: boolean,
): LaneDefinition {
  return {
    id: lane,
    label,
    hint,
    group: 'blueprint',
    belowVisibility,
    hasContent: (journey) => hasLines(journey, lane),
    measure: (context) =>
      measureCardLane(
        lane,
        context,
        (column) => {
          const step = context.index.columns[column]?.step;
          return step ? step.blueprint[lane].map((text) => noteCard(text, step.id, lane, context)) : [];
        },
        undefined,
        (column) => pathNotes(lane, column, context),
      ),
    place: (measured, top, context) => placeCells(measured, top, context.theme),
  };
}
