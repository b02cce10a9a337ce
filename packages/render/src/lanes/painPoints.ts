import { findingCards } from './findingCard.js';
import { type LaneDefinition, measureCardLane, placeCells } from './lane.js';

export const painPointsLane: LaneDefinition = {
  id: 'painPoints',
  label: 'Pain points',
  hint: 'P1…, severity in dots',
  group: 'analysis',
  hasContent: (journey) => journey.painPoints.length > 0,
  measure: (context) => {
    const { cardsFor, groupsFor, wide } = findingCards(context.journey.painPoints, 'pain', context);
    return measureCardLane(
      'painPoints',
      context,
      cardsFor,
      { caption: 'Across the journey', cards: wide },
      groupsFor,
    );
  },
  place: (measured, top, context) => placeCells(measured, top, context.theme),
};
