import { blueprintLane } from './blueprintLane.js';

export const frontstageLane = blueprintLane(
  'frontstage',
  'Frontstage',
  'what employees do that the customer sees',
  false,
);
