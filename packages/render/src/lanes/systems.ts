import { blueprintLane } from './blueprintLane.js';

export const systemsLane = blueprintLane('systems', 'Systems', 'technology and tools', true);
