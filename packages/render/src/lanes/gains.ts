import { findingCards } from './findingCard.js';
import { type LaneDefinition, measureCardLane, placeCells } from './lane.js';

export const gainsLane: LaneDefinition = {
  id: 'gains',
  label: 'Gains',
  hint: 'G1…, what delights',
  group: 'analysis',
  hasContent: (journey) => journey.gains.length > 0,
  measure: (context) => {
    const { cardsFor, groupsFor, wide } = findingCards(context.journey.gains, 'gain', context);
    return measureCardLane(
      'gains',
      context,
      cardsFor,
      { caption: 'Across the journey', cards: wide },
      groupsFor,
    );
  },
  place: (measured, top, context) => placeCells(measured, top, context.theme),
};
