import { type Action, type Opportunity, scoreOpportunity } from '@waymark/core';
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
import { placeText, round, wrapBlock } from '../layout/text.js';
import { byNumber, pathGroups, placeLabel } from './findingCard.js';
import { cardWidth, type LaneContext, type LaneDefinition, measureCardLane, placeCells } from './lane.js';

/** "in-progress" → "in progress". */
export function statusLabel(status: string): string {
  return status.replace(/-/g, ' ');
}

/** One company action under its opportunity: what, who, when, where it stands. */
function actionPart(action: Action, context: LaneContext, width: number): CardPart {
  const { theme } = context;
  const title = wrapBlock(`→ ${action.title}`, styles.smallStrong, width);
  const meta = [
    action.owner,
    action.department,
    action.due ? `due ${action.due}` : undefined,
    statusLabel(action.status),
  ]
    .filter(Boolean)
    .join(' · ');
  const details = wrapBlock(meta, styles.small, width - 12);
  return {
    height: title.height + details.height + 6,
    gap: 6,
    draw: (x, y, w) => [
      {
        kind: 'group',
        className: `wm-action wm-action-${action.status}`,
        id: `action-${action.id}`,
        dataId: action.id,
        title: [action.title, action.description].filter(Boolean).join(': '),
        children: [
          {
            kind: 'line',
            x1: round(x),
            y1: round(y),
            x2: round(x + w),
            y2: round(y),
            stroke: theme.grid,
            strokeWidth: 1,
          },
          placeText(title, x, y + 5, theme.text),
          placeText(details, x + 12, y + 5 + title.height, theme.muted),
        ],
      },
    ],
  };
}

function opportunityCard(opportunity: Opportunity, context: LaneContext, inColumn: boolean): Card {
  const { theme, index, journey } = context;
  const tone = theme.opportunity;
  const width = cardWidth(context.grid);
  const frame = frameFor(
    theme,
    tone.fill,
    theme.name === 'print' ? theme.border : tone.fill,
    opportunity.evidence,
    tone.accent,
  );
  const inner = innerWidth(width, frame);
  const number = index.numbers.get(opportunity.id) ?? '';
  const score = scoreOpportunity(opportunity, journey);
  const addressed = opportunity.addresses.flatMap((id) => index.numbers.get(id) ?? []);
  const parts: CardPart[] = [
    headerPart({
      text: opportunity.title,
      color: theme.text,
      width: inner,
      badge: { text: number, fill: tone.accent, color: tone.onAccent },
    }),
  ];
  const facts = [addressed.length > 0 ? `addresses ${addressed.join(', ')}` : undefined, `RICE ${score.rice}`]
    .filter(Boolean)
    .join(' · ');
  parts.push(textPart(facts, styles.smallStrong, tone.text, inner, { gap: 6 }));
  const status = [
    statusLabel(opportunity.status),
    opportunity.owner ? `owner ${opportunity.owner}` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  parts.push(textPart(status, styles.small, theme.muted, inner, { gap: 2 }));
  if (opportunity.description)
    parts.push(textPart(opportunity.description, styles.small, theme.muted, inner, { gap: 6 }));
  if (!inColumn) {
    const firstPain = opportunity.addresses
      .map((id) => journey.painPoints.find((pain) => pain.id === id))
      .find(Boolean);
    const where = placeLabel(firstPain?.at, context, false);
    if (where) parts.push(textPart(where, styles.small, theme.muted, inner, { gap: 4 }));
  }
  for (const action of journey.actions) {
    if (action.opportunity === opportunity.id) parts.push(actionPart(action, context, inner));
  }
  return buildCard({
    width,
    className: 'wm-card wm-opportunity',
    id: `opportunity-${opportunity.id}`,
    dataId: opportunity.id,
    title: `${number} ${opportunity.title}${opportunity.description ? `: ${opportunity.description}` : ''}`,
    frame,
    parts,
    measured: opportunity.evidence === 'measured',
    measuredColor: tone.accent,
  });
}

export const opportunitiesLane: LaneDefinition = {
  id: 'opportunities',
  label: 'Opportunities',
  hint: 'O1…, with company actions',
  group: 'analysis',
  hasContent: (journey) => journey.opportunities.length > 0,
  measure: (context) => {
    const { journey, index } = context;
    const sorted = byNumber(journey.opportunities, context);
    return measureCardLane(
      'opportunities',
      context,
      (column) =>
        sorted
          .filter((o) => index.findingColumn.get(o.id) === column && !index.findingPath.has(o.id))
          .map((o) => opportunityCard(o, context, true)),
      {
        caption: 'Across the journey',
        cards: sorted
          .filter((o) => !index.findingColumn.has(o.id))
          .map((o) => opportunityCard(o, context, false)),
      },
      (column) => pathGroups(sorted, column, context, (o) => opportunityCard(o, context, true)),
    );
  },
  place: (measured, top, context) => placeCells(measured, top, context.theme),
};
