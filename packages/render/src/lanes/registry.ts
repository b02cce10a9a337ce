import type { LaneId } from '../options.js';
import { actionsLane } from './actions.js';
import { backstageLane } from './backstage.js';
import { emotionsLane } from './emotions.js';
import { frontstageLane } from './frontstage.js';
import { gainsLane } from './gains.js';
import type { LaneDefinition } from './lane.js';
import { measuredLane } from './measured.js';
import { metricsLane } from './metrics.js';
import { opportunitiesLane } from './opportunities.js';
import { painPointsLane } from './painPoints.js';
import { pathsLane } from './paths.js';
import { physicalLane } from './physical.js';
import { supportLane } from './support.js';
import { systemsLane } from './systems.js';
import { thoughtsLane } from './thoughts.js';
import { touchpointsLane } from './touchpoints.js';

/** Every lane, in the standard top-to-bottom order. Adding a lane = adding a file and a line here. */
export const lanes: readonly LaneDefinition[] = [
  actionsLane,
  touchpointsLane,
  thoughtsLane,
  emotionsLane,
  painPointsLane,
  gainsLane,
  opportunitiesLane,
  frontstageLane,
  backstageLane,
  supportLane,
  systemsLane,
  physicalLane,
  measuredLane,
  metricsLane,
  pathsLane,
];

/** The lane with this id. */
export function findLane(id: LaneId): LaneDefinition | undefined {
  return lanes.find((lane) => lane.id === id);
}
