import type { BlueprintLane } from '@waymark/core';
import { buildCard, type Card, innerWidth, textPart } from '../layout/card.js';
import { styles } from '../layout/constants.js';
import { cardWidth, type LaneContext, type LaneDefinition, measureCardLane, placeCells } from './lane.js';

/** One line of a blueprint lane: a quiet, unfilled note. */
function noteCard(text: string, stepId: string, lane: BlueprintLane, context: LaneContext): Card {
  const { theme } = context;
  const width = cardWidth(context.grid);
  const frame = {
    fill: theme.blueprint.fill,
    stroke: theme.blueprint.stroke,
    strokeWidth: theme.cardStroke,
    radius: 4,
  };
  return buildCard({
    width,
    className: `wm-card wm-blueprint wm-${lane}`,
    dataId: stepId,
    frame,
    parts: [textPart(text, styles.body, theme.blueprint.text, innerWidth(width, frame))],
  });
}

/** A service-blueprint lane: each step's lines for that lane as notes in its column. */
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
    hasContent: (journey) =>
      journey.stages.some((stage) => stage.steps.some((step) => step.blueprint[lane].length > 0)),
    measure: (context) =>
      measureCardLane(lane, context, (column) => {
        const step = context.index.columns[column]?.step;
        return step ? step.blueprint[lane].map((text) => noteCard(text, step.id, lane, context)) : [];
      }),
    place: (measured, top, context) => placeCells(measured, top, context.theme),
  };
}
