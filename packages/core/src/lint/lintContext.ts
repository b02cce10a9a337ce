import { formatPath } from '../diagnostic.js';
import type { Journey } from '../model/journey.js';
import type { LintContext, PlacedStep, PlacedTouchpoint } from './lintRule.js';

/** Computes what rules share: every step and touchpoint with its canonical path. */
export function createLintContext(journey: Journey, today: string): LintContext {
  const steps: PlacedStep[] = [];
  for (const [stageIndex, stage] of journey.stages.entries()) {
    for (const [index, step] of stage.steps.entries()) {
      steps.push({ step, stage, path: formatPath(['stages', stageIndex, 'steps', index]) });
    }
  }
  for (const [pathIndex, route] of journey.paths.entries()) {
    for (const [index, step] of route.steps.entries()) {
      steps.push({ step, route, path: formatPath(['paths', pathIndex, 'steps', index]) });
    }
  }
  const touchpoints: PlacedTouchpoint[] = [];
  for (const place of steps) {
    for (const [index, touchpoint] of place.step.touchpoints.entries()) {
      touchpoints.push({ touchpoint, step: place, path: `${place.path}.touchpoints[${index}]` });
    }
  }
  return { today, steps, touchpoints };
}
