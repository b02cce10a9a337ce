// What the person means, as core's commands. Pure: (journey, intent) → commands, so the editor's
// gestures (rename in place, add, drag a point, add a pain point) are tested without a browser.
import type { ElementKind, Journey, JourneyCommand } from '@waymark/core';
import { allSteps, indexIds, labelFieldOf } from '@waymark/core';

/** The kind of the element with this id, if the journey has one. */
export function kindOf(journey: Journey, id: string): ElementKind | undefined {
  return indexIds(journey).get(id);
}

/** Rename an element; nothing when the text is blank or unchanged. */
export function renameElement(
  journey: Journey,
  id: string,
  text: string,
  current?: string,
): JourneyCommand[] {
  const kind = kindOf(journey, id);
  const value = text.trim();
  if (kind === undefined || value === '' || value === current) return [];
  return [{ op: 'update', id, set: { [labelFieldOf(kind)]: value } }];
}

/** A new stage after `afterStage` (at the end when absent), with one step to start it. */
export function addStage(journey: Journey, afterStage?: string): JourneyCommand[] {
  const at = journey.stages.findIndex((stage) => stage.id === afterStage);
  return [
    {
      op: 'add',
      kind: 'stage',
      index: at === -1 ? journey.stages.length : at + 1,
      item: { name: 'New stage', steps: [{ name: 'New step' }] },
    },
  ];
}

/** A new step in `stage`, after `afterStep` when given (else at the stage's end). */
export function addStep(journey: Journey, stage: string, afterStep?: string): JourneyCommand[] {
  const target = journey.stages.find((s) => s.id === stage);
  if (target === undefined) return [];
  const at = target.steps.findIndex((step) => step.id === afterStep);
  return [
    {
      op: 'add',
      kind: 'step',
      parent: stage,
      index: at === -1 ? target.steps.length : at + 1,
      item: { name: 'New step' },
    },
  ];
}

/** The stage a stage's or step's new step goes into: the stage itself, or the step's stage. */
export function stageFor(journey: Journey, id: string | undefined): string | undefined {
  if (id === undefined) return journey.stages.at(-1)?.id;
  if (journey.stages.some((stage) => stage.id === id)) return id;
  return allSteps(journey).find((place) => place.step.id === id)?.stage?.id ?? journey.stages.at(-1)?.id;
}

/** A persona's score at a step, if they have one there. */
export function emotionScore(journey: Journey, step: string, persona: string): number | undefined {
  return allSteps(journey).find((place) => place.step.id === step)?.step.emotions[persona]?.score;
}

/** How a persona feels at a step; nothing when it is already so. */
export function setEmotion(journey: Journey, step: string, persona: string, score: number): JourneyCommand[] {
  const place = allSteps(journey).find((p) => p.step.id === step);
  if (place === undefined) return [];
  if (place.step.emotions[persona]?.score === score) return [];
  return [{ op: 'emotion.set', step, persona, score }];
}

/** A pain point at a step, felt by the personas given. */
export function addPainPoint(
  step: string,
  title: string,
  severity: number,
  personas: readonly string[] = [],
): JourneyCommand[] {
  const text = title.trim();
  if (text === '') return [];
  return [
    {
      op: 'add',
      kind: 'painPoint',
      item: { title: text, at: step, severity, ...(personas.length > 0 ? { personas: [...personas] } : {}) },
    },
  ];
}

/** Remove an element (a stage with its steps, a step with its touchpoints); core refuses while others refer to it. */
export function removeElement(journey: Journey, id: string): JourneyCommand[] {
  return kindOf(journey, id) === undefined ? [] : [{ op: 'remove', id }];
}

/** Scores run from -2 to +2; the curve snaps to halves, as people draw it. */
export function snapScore(score: number): number {
  return Math.min(2, Math.max(-2, Math.round(score * 2) / 2));
}

/**
 * The score a dragged emotion point lands on: `dy` map units down from where it started, on a
 * band of `unit` map units per score point (up is better).
 */
export function draggedScore(start: number, dy: number, unit: number): number {
  return snapScore(start - dy / unit);
}
