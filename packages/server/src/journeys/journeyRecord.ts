import { addCadence, allSteps, type Journey } from '@waymark/core';
import { now } from '../db/rows.js';
import type { JourneyTable } from '../db/schema.js';
import { summaryColumns } from './journeySummaryColumns.js';

/** The indexed columns of a journey row, derived from its document (one place), as of `today`. */
export function journeyColumns(
  journey: Journey,
  today: string = now().slice(0, 10),
): Pick<
  JourneyTable,
  | 'slug'
  | 'title'
  | 'status'
  | 'owner'
  | 'tags'
  | 'personas'
  | 'document'
  | 'reviewDue'
  | 'personaNames'
  | 'healthScore'
  | 'healthDay'
  | 'lastReviewed'
> {
  return {
    slug: journey.id,
    title: journey.title,
    status: journey.status,
    owner: journey.owner ?? null,
    tags: JSON.stringify(journey.tags),
    personas: JSON.stringify(journey.personas.map((persona) => persona.id)),
    document: JSON.stringify(journey),
    reviewDue: reviewDue(journey),
    ...summaryColumns(journey, today),
  };
}

/** Never reviewed with a cadence means due since forever. */
const neverReviewed = '0001-01-01';

function reviewDue(journey: Journey): string | null {
  const cadence = journey.review?.cadence;
  if (cadence === undefined) return null;
  const last = journey.review?.lastReviewed;
  return last === undefined ? neverReviewed : addCadence(last, cadence);
}

/**
 * Everything a person might search a journey for, as one text: names, descriptions, thoughts,
 * pain points, opportunities, actions, metrics, personas.
 */
export function journeySearchText(journey: Journey): string {
  const parts: (string | undefined)[] = [
    journey.objective,
    journey.description,
    journey.owner,
    ...journey.tags,
  ];
  for (const persona of journey.personas) parts.push(persona.name, persona.segment, persona.description);
  for (const stage of journey.stages) parts.push(stage.name, stage.description);
  for (const path of journey.paths) parts.push(path.name, path.description);
  for (const { step } of allSteps(journey)) {
    parts.push(step.name, step.description, ...step.thoughts);
    for (const touchpoint of step.touchpoints)
      parts.push(touchpoint.name, touchpoint.channel, touchpoint.department);
    for (const emotion of Object.values(step.emotions)) parts.push(...emotion.thoughts);
  }
  for (const item of [...journey.painPoints, ...journey.gains]) parts.push(item.title, item.description);
  for (const insight of journey.insights) parts.push(insight.text);
  for (const item of journey.opportunities) parts.push(item.title, item.description, item.owner);
  for (const item of journey.actions) parts.push(item.title, item.description, item.owner, item.department);
  for (const metric of journey.metrics) parts.push(metric.name);
  return parts.filter((part): part is string => typeof part === 'string' && part !== '').join('\n');
}
