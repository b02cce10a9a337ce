import { blueprintLane } from './blueprintLane.js';

export const physicalLane = blueprintLane(
  'physical',
  'Physical evidence',
  'what the customer sees and keeps',
  false,
);
