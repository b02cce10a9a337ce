import { blueprintLane } from './blueprintLane.js';

export const backstageLane = blueprintLane('backstage', 'Backstage', 'employee actions out of sight', true);
