import { blueprintLane } from './blueprintLane.js';

export const supportLane = blueprintLane('support', 'Support processes', 'what makes it possible', true);
