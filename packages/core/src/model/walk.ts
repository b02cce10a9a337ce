import type { Journey } from './journey.js';
import type { Path, Stage } from './stage.js';
import type { Step, Touchpoint } from './step.js';

/** A step with where it sits: in a stage of the main path, or in an alternative path. */
export interface StepPlace {
  readonly step: Step;
  readonly stage?: Stage;
  readonly path?: Path;
  /** Index of the step in its stage or path. */
  readonly index: number;
}

/** Every step of the journey, main path first (stage order), then alternative paths. */
export function allSteps(journey: Journey): StepPlace[] {
  const places: StepPlace[] = [];
  for (const stage of journey.stages) {
    for (const [index, step] of stage.steps.entries()) places.push({ step, stage, index });
  }
  for (const path of journey.paths) {
    for (const [index, step] of path.steps.entries()) places.push({ step, path, index });
  }
  return places;
}

/** Every touchpoint with its step. */
export function allTouchpoints(journey: Journey): { touchpoint: Touchpoint; place: StepPlace }[] {
  return allSteps(journey).flatMap((place) =>
    place.step.touchpoints.map((touchpoint) => ({ touchpoint, place })),
  );
}

/** The kind of element an id names in this journey. */
export type ElementKind =
  | 'persona'
  | 'stage'
  | 'step'
  | 'touchpoint'
  | 'path'
  | 'insight'
  | 'painPoint'
  | 'gain'
  | 'opportunity'
  | 'action'
  | 'metric';

/** A lookup of every id in the journey to the kind of element it names. */
export function indexIds(journey: Journey): Map<string, ElementKind> {
  const index = new Map<string, ElementKind>();
  const put = (id: string, kind: ElementKind) => {
    if (!index.has(id)) index.set(id, kind);
  };
  for (const persona of journey.personas) put(persona.id, 'persona');
  for (const stage of journey.stages) put(stage.id, 'stage');
  for (const path of journey.paths) put(path.id, 'path');
  for (const { step } of allSteps(journey)) {
    put(step.id, 'step');
    for (const touchpoint of step.touchpoints) put(touchpoint.id, 'touchpoint');
  }
  for (const insight of journey.insights) put(insight.id, 'insight');
  for (const pain of journey.painPoints) put(pain.id, 'painPoint');
  for (const gain of journey.gains) put(gain.id, 'gain');
  for (const opportunity of journey.opportunities) put(opportunity.id, 'opportunity');
  for (const action of journey.actions) put(action.id, 'action');
  for (const metric of journey.metrics) put(metric.id, 'metric');
  return index;
}
