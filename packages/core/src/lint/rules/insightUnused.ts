import { formatPath } from '../../diagnostic.js';
import type { Journey } from '../../model/journey.js';
import type { Backed } from '../elements.js';
import type { LintContext, LintRule } from '../lintRule.js';

/** Every insight id some element links as evidence. */
function linkedInsights(journey: Journey, context: LintContext): Set<string> {
  const linked = new Set<string>();
  const add = (element: Backed) => {
    for (const id of element.insights) linked.add(id);
  };
  for (const stage of journey.stages) add(stage);
  for (const route of journey.paths) add(route);
  for (const { step } of context.steps) {
    add(step);
    for (const emotion of Object.values(step.emotions)) add(emotion);
  }
  for (const { touchpoint } of context.touchpoints) add(touchpoint);
  for (const list of [journey.painPoints, journey.gains, journey.opportunities, journey.metrics]) {
    for (const element of list) add(element);
  }
  return linked;
}

export const insightUnused: LintRule = {
  id: 'insight-unused',
  category: 'evidence',
  severity: 'info',
  description: 'An insight is not linked by any element, so it backs nothing on the map.',
  advice:
    'Link the insight from the pain point, gain, emotion, step or metric it supports (their `insights` list), or remove it if it no longer matters.',
  subjects: (journey) => journey.insights.length,
  *check(journey, context) {
    if (journey.insights.length === 0) return;
    const linked = linkedInsights(journey, context);
    for (const [index, insight] of journey.insights.entries()) {
      if (!linked.has(insight.id)) {
        yield {
          message: `Insight ${insight.id} is not linked by any element.`,
          path: formatPath(['insights', index]),
          elementId: insight.id,
        };
      }
    }
  },
};
