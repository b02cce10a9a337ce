// Reordering, as core's `move` command: stages among stages, steps within and between stages
// (and within an alternative path, or onto another path's or stage's place), touchpoints within
// and between steps. Pure: (journey, what, where) → the command and the
// sentence a screen reader hears ("Step “Pays” moved to place 2 of Purchase").
import { allSteps, type Journey, type JourneyCommand, type Step } from '@waymark/core';
import { kindOf } from './intents';

export interface Move {
  readonly commands: JourneyCommand[];
  /** What happened, for the ARIA live region. */
  readonly announcement: string;
}

/** The directions of the keyboard's moves: Alt+← / Alt+→ (and ↑ / ↓ for touchpoints). */
export type Direction = 'before' | 'after' | 'up' | 'down';

const nothing: Move = { commands: [], announcement: '' };

/** A list of steps: a stage's (the main path) or an alternative path's. */
interface StepList {
  readonly id: string;
  readonly name: string;
  readonly steps: readonly Step[];
  readonly path: boolean;
}

const stepLists = (journey: Journey): StepList[] => [
  ...journey.stages.map((stage) => ({ id: stage.id, name: stage.name, steps: stage.steps, path: false })),
  ...journey.paths.map((path) => ({ id: path.id, name: path.name, steps: path.steps, path: true })),
];

/** Every step place in order (the main path's stages, then the alternative paths), with its list and index. */
function stepPlaces(journey: Journey) {
  return stepLists(journey).flatMap((list) => list.steps.map((step, index) => ({ list, step, index })));
}

/** The main path's step places only: where a touchpoint moves on to the neighbouring step. */
const mainStepPlaces = (journey: Journey) => stepPlaces(journey).filter((place) => !place.list.path);

function moveStage(journey: Journey, id: string, to: number): Move {
  const from = journey.stages.findIndex((stage) => stage.id === id);
  const stage = journey.stages[from];
  if (!stage || to < 0 || to >= journey.stages.length || to === from) return nothing;
  return {
    commands: [{ op: 'move', id, index: to }],
    announcement: `Stage “${stage.name}” moved to place ${to + 1} of ${journey.stages.length}`,
  };
}

/** A step to `index` of a stage or path (counted once it has left its old place). */
function moveStep(journey: Journey, id: string, listId: string, index: number): Move {
  const place = stepPlaces(journey).find((p) => p.step.id === id);
  const list = stepLists(journey).find((l) => l.id === listId);
  if (!place || !list) return nothing;
  const same = place.list.id === listId;
  const max = same ? list.steps.length - 1 : list.steps.length;
  if (index < 0 || index > max || (same && index === place.index)) return nothing;
  return {
    commands: [{ op: 'move', id, index, ...(same ? {} : { parent: listId }) }],
    announcement: `Step “${place.step.name}” moved to place ${index + 1} of ${list.path ? `the path “${list.name}”` : list.name}`,
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
 * start of the next stage (and back); a step of an alternative path moves within its path; a touchpoint moves up and down in its step, and before or
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
    const inside = place.index + (later ? 1 : -1);
    if (inside >= 0 && inside < place.list.steps.length) return moveStep(journey, id, place.list.id, inside);
    if (place.list.path) return nothing;
    const stageIndex = journey.stages.findIndex((stage) => stage.id === place.list.id);
    const next = journey.stages[stageIndex + (later ? 1 : -1)];
    return next ? moveStep(journey, id, next.id, later ? 0 : next.steps.length) : nothing;
  }
  if (kind === 'touchpoint') {
    const place = touchpointPlace(journey, id);
    if (!place) return nothing;
    if (direction === 'up' || direction === 'down')
      return moveTouchpoint(journey, id, place.step.id, place.index + (later ? 1 : -1));
    const steps = mainStepPlaces(journey);
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
 * the other step's place (in that step's stage or path), or the end of a stage or path it is
 * dropped on; a
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
    if (ontoKind === 'stage' || ontoKind === 'path') {
      const list = stepLists(journey).find((l) => l.id === onto);
      const own = list?.steps.some((s) => s.id === id);
      return list ? moveStep(journey, id, onto, list.steps.length - (own ? 1 : 0)) : nothing;
    }
    const target = stepPlaces(journey).find((p) => p.step.id === onto);
    return target ? moveStep(journey, id, target.list.id, target.index) : nothing;
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

/** Where a dropped card would land, for the insertion marker: beside which element, on which side. */
export interface Landing {
  /** The element drawn next to the new place (or the step or path it goes into, when it is alone there). */
  readonly beside: string;
  readonly side: 'before' | 'after' | 'inside';
  /** Stages and steps run left to right, touchpoints top to bottom. */
  readonly axis: 'row' | 'column';
}

/** The ids of a list: the stages, a stage's or path's steps, a step's touchpoints (by its owner, or by a member). */
function listIds(journey: Journey, owner: string | undefined, member: string): readonly string[] {
  if (owner === undefined && journey.stages.some((stage) => stage.id === member))
    return journey.stages.map((stage) => stage.id);
  const steps = stepLists(journey).find((l) =>
    owner === undefined ? l.steps.some((step) => step.id === member) : l.id === owner,
  );
  if (steps) return steps.steps.map((step) => step.id);
  const step = allSteps(journey).find((place) =>
    owner === undefined ? place.step.touchpoints.some((t) => t.id === member) : place.step.id === owner,
  );
  return step?.step.touchpoints.map((t) => t.id) ?? [];
}

/**
 * Where `id` would land if dropped on `onto` (undefined: nowhere, the drop would change nothing):
 * the move's list with the element taken out and put in at the move's index, then its new
 * neighbour — the next one (the marker before it), else the previous (after it), else the list
 * it goes into. Worked out from the command, without applying it: a drag asks at every card it
 * passes over, on maps of thousands of cards.
 */
export function dropLanding(journey: Journey, id: string, onto: string): Landing | undefined {
  const command = moveOnto(journey, id, onto).commands[0];
  if (command?.op !== 'move') return undefined;
  const others = listIds(journey, command.parent, id).filter((other) => other !== id);
  const axis = kindOf(journey, id) === 'touchpoint' ? 'column' : 'row';
  const next = others[command.index];
  if (next !== undefined) return { beside: next, side: 'before', axis };
  const previous = others[command.index - 1];
  if (previous !== undefined) return { beside: previous, side: 'after', axis };
  return { beside: command.parent ?? onto, side: 'inside', axis };
}
