// Reordering, as core's `move` command: stages among stages, steps within and between stages,
// touchpoints within and between steps. Pure: (journey, what, where) → the command and the
// sentence a screen reader hears ("Step “Pays” moved to place 2 of Purchase").
import { allSteps, type Journey, type JourneyCommand } from '@waymark/core';
import { kindOf } from './intents';

export interface Move {
  readonly commands: JourneyCommand[];
  /** What happened, for the ARIA live region. */
  readonly announcement: string;
}

/** The directions of the keyboard's moves: Alt+← / Alt+→ (and ↑ / ↓ for touchpoints). */
export type Direction = 'before' | 'after' | 'up' | 'down';

const nothing: Move = { commands: [], announcement: '' };

/** The main-path step places in order, with their stage and index in it. */
function stepPlaces(journey: Journey) {
  return journey.stages.flatMap((stage) => stage.steps.map((step, index) => ({ stage, step, index })));
}

function moveStage(journey: Journey, id: string, to: number): Move {
  const from = journey.stages.findIndex((stage) => stage.id === id);
  const stage = journey.stages[from];
  if (!stage || to < 0 || to >= journey.stages.length || to === from) return nothing;
  return {
    commands: [{ op: 'move', id, index: to }],
    announcement: `Stage “${stage.name}” moved to place ${to + 1} of ${journey.stages.length}`,
  };
}

/** A step to `index` of `stage` (counted once it has left its old place). */
function moveStep(journey: Journey, id: string, stageId: string, index: number): Move {
  const place = stepPlaces(journey).find((p) => p.step.id === id);
  const stage = journey.stages.find((s) => s.id === stageId);
  if (!place || !stage) return nothing;
  const same = place.stage.id === stageId;
  const max = same ? stage.steps.length - 1 : stage.steps.length;
  if (index < 0 || index > max || (same && index === place.index)) return nothing;
  return {
    commands: [{ op: 'move', id, index, ...(same ? {} : { parent: stageId }) }],
    announcement: `Step “${place.step.name}” moved to place ${index + 1} of ${stage.name}`,
  };
}

/** Where a touchpoint sits: its step (main path) and index there. */
function touchpointPlace(journey: Journey, id: string) {
  for (const { step } of allSteps(journey)) {
    const index = step.touchpoints.findIndex((t) => t.id === id);
    if (index !== -1) return { step, index, touchpoint: step.touchpoints[index]! };
  }
  return undefined;
}

function moveTouchpoint(journey: Journey, id: string, stepId: string, index: number): Move {
  const place = touchpointPlace(journey, id);
  const step = allSteps(journey).find((p) => p.step.id === stepId)?.step;
  if (!place || !step) return nothing;
  const same = place.step.id === stepId;
  const max = same ? step.touchpoints.length - 1 : step.touchpoints.length;
  if (index < 0 || index > max || (same && index === place.index)) return nothing;
  const name = place.touchpoint.name ?? place.touchpoint.channel;
  return {
    commands: [{ op: 'move', id, index, ...(same ? {} : { parent: stepId }) }],
    announcement: `Touchpoint “${name}” moved to place ${index + 1} of step “${step.name}”`,
  };
}

/**
 * One place before or after (the keyboard's move). A step at the end of its stage moves on to the
 * start of the next stage (and back); a touchpoint moves up and down in its step, and before or
 * after to the neighbouring step.
 */
export function moveBy(journey: Journey, id: string, direction: Direction): Move {
  const kind = kindOf(journey, id);
  const later = direction === 'after' || direction === 'down';
  if (kind === 'stage') {
    if (direction === 'up' || direction === 'down') return nothing;
    const from = journey.stages.findIndex((stage) => stage.id === id);
    return moveStage(journey, id, from + (later ? 1 : -1));
  }
  if (kind === 'step') {
    if (direction === 'up' || direction === 'down') return nothing;
    const place = stepPlaces(journey).find((p) => p.step.id === id);
    if (!place) return nothing;
    const stageIndex = journey.stages.indexOf(place.stage);
    const inside = place.index + (later ? 1 : -1);
    if (inside >= 0 && inside < place.stage.steps.length)
      return moveStep(journey, id, place.stage.id, inside);
    const next = journey.stages[stageIndex + (later ? 1 : -1)];
    return next ? moveStep(journey, id, next.id, later ? 0 : next.steps.length) : nothing;
  }
  if (kind === 'touchpoint') {
    const place = touchpointPlace(journey, id);
    if (!place) return nothing;
    if (direction === 'up' || direction === 'down')
      return moveTouchpoint(journey, id, place.step.id, place.index + (later ? 1 : -1));
    const steps = stepPlaces(journey);
    const at = steps.findIndex((p) => p.step.id === place.step.id);
    // A touchpoint of an alternative path's step stays in its step.
    const neighbour = at === -1 ? undefined : steps[at + (later ? 1 : -1)]?.step;
    return neighbour
      ? moveTouchpoint(journey, id, neighbour.id, later ? 0 : neighbour.touchpoints.length)
      : nothing;
  }
  return nothing;
}

/**
 * A card dropped on another card (drag and drop): a stage takes the other stage's place; a step
 * the other step's place (in that step's stage), or the end of a stage it is dropped on; a
 * touchpoint the other touchpoint's place, or the end of a step it is dropped on.
 */
export function moveOnto(journey: Journey, id: string, onto: string): Move {
  if (id === onto) return nothing;
  const kind = kindOf(journey, id);
  const ontoKind = kindOf(journey, onto);
  if (kind === 'stage' && ontoKind === 'stage')
    return moveStage(
      journey,
      id,
      journey.stages.findIndex((stage) => stage.id === onto),
    );
  if (kind === 'step') {
    if (ontoKind === 'stage') {
      const stage = journey.stages.find((s) => s.id === onto);
      const own = stage?.steps.some((s) => s.id === id);
      return stage ? moveStep(journey, id, onto, stage.steps.length - (own ? 1 : 0)) : nothing;
    }
    const target = stepPlaces(journey).find((p) => p.step.id === onto);
    return target ? moveStep(journey, id, target.stage.id, target.index) : nothing;
  }
  if (kind === 'touchpoint') {
    if (ontoKind === 'step') {
      const step = allSteps(journey).find((p) => p.step.id === onto)?.step;
      const own = step?.touchpoints.some((t) => t.id === id);
      return step ? moveTouchpoint(journey, id, onto, step.touchpoints.length - (own ? 1 : 0)) : nothing;
    }
    const target = touchpointPlace(journey, onto);
    return target ? moveTouchpoint(journey, id, target.step.id, target.index) : nothing;
  }
  return nothing;
}

/** Whether a card of this kind can be dragged to a new place. */
export function isMovable(journey: Journey, id: string): boolean {
  const kind = kindOf(journey, id);
  return kind === 'stage' || kind === 'step' || kind === 'touchpoint';
}
