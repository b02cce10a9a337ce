import { findChannel, isOnlineChannel, type Touchpoint } from '@waymark/core';
import { channelIcon } from '../icons.js';
import { buildCard, type Card, type CardPart, frameFor, innerWidth, textPart } from '../layout/card.js';
import { styles } from '../layout/constants.js';
import { placeText, wrapBlock } from '../layout/text.js';
import { momentNote, momentStar } from './actions.js';
import { cardWidth, type LaneContext, type LaneDefinition, measureCardLane, placeCells } from './lane.js';

const ICON = 18;
const INDENT = ICON + 8;

/** "Web · online", "Store · offline". */
export function channelLine(touchpoint: Touchpoint): string {
  const label = findChannel(touchpoint.channel)?.label ?? touchpoint.channel;
  const online = touchpoint.online ?? isOnlineChannel(touchpoint.channel);
  return `${label} · ${online ? 'online' : 'offline'}`;
}

function touchpointCard(touchpoint: Touchpoint, context: LaneContext): Card {
  const { theme } = context;
  const width = cardWidth(context.grid);
  const moment = touchpoint.momentOfTruth !== undefined;
  const frame = {
    ...frameFor(theme, theme.surface, moment ? theme.moment.accent : theme.border, touchpoint.evidence),
    ...(moment ? { strokeWidth: 2 } : {}),
  };
  const inner = innerWidth(width, frame);
  const reserve = moment ? 20 : 0;
  const channel = wrapBlock(channelLine(touchpoint), styles.smallStrong, inner - INDENT - reserve);
  const head: CardPart = {
    height: Math.max(channel.height, ICON),
    draw: (x, y, w) => [
      channelIcon(touchpoint.channel, x, y, ICON, theme.muted),
      placeText(channel, x + INDENT, y, theme.muted),
      ...(moment ? [momentStar(x + w - 16, y + 1, theme.moment.accent, theme.moment.text)] : []),
    ],
  };
  const parts: CardPart[] = [head];
  if (touchpoint.name) {
    parts.push(textPart(touchpoint.name, styles.cardTitle, theme.text, inner, { indent: INDENT, gap: 2 }));
  }
  if (touchpoint.department) {
    parts.push(textPart(touchpoint.department, styles.small, theme.muted, inner, { indent: INDENT, gap: 2 }));
  }
  if (touchpoint.momentOfTruth) parts.push(momentNote(touchpoint.momentOfTruth.reason, context, inner));
  return buildCard({
    width,
    className: `wm-card wm-touchpoint${moment ? ' wm-moment' : ''}`,
    id: `touchpoint-${touchpoint.id}`,
    dataId: touchpoint.id,
    title: [channelLine(touchpoint), touchpoint.name, touchpoint.department].filter(Boolean).join(' — '),
    frame,
    parts,
    measured: touchpoint.evidence === 'measured',
    measuredColor: theme.text,
  });
}

export const touchpointsLane: LaneDefinition = {
  id: 'touchpoints',
  label: 'Touchpoints',
  hint: 'channel, where the step meets us',
  group: 'customer',
  hasContent: (journey) =>
    journey.stages.some((stage) => stage.steps.some((step) => step.touchpoints.length > 0)),
  measure: (context) =>
    measureCardLane('touchpoints', context, (index) =>
      (context.index.columns[index]?.step?.touchpoints ?? []).map((touchpoint) =>
        touchpointCard(touchpoint, context),
      ),
    ),
  place: (measured, top, context) => placeCells(measured, top, context.theme),
};
