import type { Step } from '@waymark/core';
import { buildCard, type Card, type CardPart, frameFor, innerWidth, textPart } from '../layout/card.js';
import { lineHeight, styles } from '../layout/constants.js';
import type { PersonaStyle } from '../layout/mapIndex.js';
import { placeText, round, wrapBlock } from '../layout/text.js';
import { cardWidth, type LaneContext, type LaneDefinition, measureCardLane, placeCells } from './lane.js';

/** “A quote”, in typographic quotes unless it already has them. */
export function quoted(text: string): string {
  return /^["“„«]/.test(text) ? text : `“${text}”`;
}

function personaLabel(style: PersonaStyle, context: LaneContext, width: number): CardPart {
  const block = wrapBlock(style.persona.name, styles.smallStrong, width - 14);
  return {
    height: Math.max(block.height, lineHeight(styles.smallStrong)),
    draw: (x, y) => [
      {
        kind: 'circle',
        cx: round(x + 4),
        cy: round(y + lineHeight(styles.smallStrong) / 2),
        r: 4,
        fill: style.color,
      },
      placeText(block, x + 14, y, context.theme.muted),
    ],
  };
}

function thoughtCard(text: string, context: LaneContext, dataId: string, persona?: PersonaStyle): Card {
  const { theme } = context;
  const width = cardWidth(context.grid);
  const frame = {
    ...frameFor(theme, theme.thought.fill, theme.thought.stroke, undefined),
    radius: 10,
    tail: true,
  };
  const inner = innerWidth(width, frame);
  const parts: CardPart[] = [];
  if (persona) parts.push(personaLabel(persona, context, inner));
  parts.push(textPart(quoted(text), styles.quote, theme.text, inner, { gap: 3 }));
  return buildCard({
    width,
    className: `wm-card wm-thought${persona ? ` wm-persona-${persona.persona.id}` : ''}`,
    dataId,
    frame,
    parts,
  });
}

function thoughtsOf(step: Step, context: LaneContext): Card[] {
  const cards = step.thoughts.map((text) => thoughtCard(text, context, step.id));
  for (const persona of context.index.shownPersonas) {
    const emotion = step.emotions[persona.persona.id];
    for (const text of emotion?.thoughts ?? []) cards.push(thoughtCard(text, context, step.id, persona));
  }
  return cards;
}

export const thoughtsLane: LaneDefinition = {
  id: 'thoughts',
  label: 'Thoughts',
  hint: 'what the customer thinks and says',
  group: 'customer',
  hasContent: (journey, index) =>
    journey.stages.some((stage) =>
      stage.steps.some(
        (step) =>
          step.thoughts.length > 0 ||
          index.shownPersonas.some(
            (persona) => (step.emotions[persona.persona.id]?.thoughts.length ?? 0) > 0,
          ),
      ),
    ),
  measure: (context) =>
    measureCardLane('thoughts', context, (index) => {
      const step = context.index.columns[index]?.step;
      return step ? thoughtsOf(step, context) : [];
    }),
  place: (measured, top, context) => placeCells(measured, top, context.theme),
};
