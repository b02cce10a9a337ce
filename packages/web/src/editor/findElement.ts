import type { ElementKind, Journey } from '@waymark/core';
import { allSteps, allTouchpoints, labelFieldOf } from '@waymark/core';

export interface FoundElement {
  readonly id: string;
  readonly kind: ElementKind;
  /** The element's fields, read generically (the details panel shows a few by name). */
  readonly fields: Readonly<Record<string, unknown>>;
  /** Its visible label: a name, a title or an insight's text. */
  readonly label: string;
}

/** The element with this id, wherever it sits in the journey. */
export function findElement(journey: Journey, id: string): FoundElement | undefined {
  const lists: [ElementKind, readonly { id: string }[]][] = [
    ['persona', journey.personas],
    ['stage', journey.stages],
    ['path', journey.paths],
    ['step', allSteps(journey).map((place) => place.step)],
    ['touchpoint', allTouchpoints(journey).map((entry) => entry.touchpoint)],
    ['insight', journey.insights],
    ['painPoint', journey.painPoints],
    ['gain', journey.gains],
    ['opportunity', journey.opportunities],
    ['action', journey.actions],
    ['metric', journey.metrics],
  ];
  for (const [kind, items] of lists) {
    const item = items.find((candidate) => candidate.id === id);
    if (item === undefined) continue;
    const fields = item as unknown as Readonly<Record<string, unknown>>;
    const label = fields[labelFieldOf(kind)];
    return { id, kind, fields, label: typeof label === 'string' ? label : id };
  }
  return undefined;
}

/** Domain words for the kinds (DESIGN.md), as the panel titles them. */
export const kindNames: Readonly<Record<ElementKind, string>> = {
  persona: 'Persona',
  stage: 'Stage',
  step: 'Step',
  touchpoint: 'Touchpoint',
  path: 'Alternative path',
  insight: 'Insight',
  painPoint: 'Pain point',
  gain: 'Gain',
  opportunity: 'Opportunity',
  action: 'Action',
  metric: 'Metric',
};
