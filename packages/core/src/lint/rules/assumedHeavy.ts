import type { Journey } from '../../model/journey.js';
import { isOnlyAssumed } from '../elements.js';
import type { LintContext, LintRule } from '../lintRule.js';

/** Pain points and emotions, and how many of them rest on belief alone. */
function tally(journey: Journey, context: LintContext): { total: number; assumed: number } {
  let total = journey.painPoints.length;
  let assumed = journey.painPoints.filter(isOnlyAssumed).length;
  for (const { step } of context.steps) {
    const stepAssumed = isOnlyAssumed(step);
    for (const emotion of Object.values(step.emotions)) {
      total++;
      if (stepAssumed && isOnlyAssumed(emotion)) assumed++;
    }
  }
  return { total, assumed };
}

export const assumedHeavy: LintRule = {
  id: 'assumed-heavy',
  category: 'evidence',
  severity: 'info',
  description: 'More than half of the pain points and emotions are only assumed.',
  advice:
    'Test the map with customers: link interview quotes, survey results or analytics as insights, and raise the evidence level of what you have checked. An emotion counts as backed when it or its step links an insight or has an evidence level above "assumed".',
  subjects: (journey, context) => (tally(journey, context).total > 0 ? 1 : 0),
  *check(journey, context) {
    const { total, assumed } = tally(journey, context);
    if (total > 0 && assumed * 2 > total) {
      yield {
        message: `${assumed} of ${total} pain points and emotions are only assumed (no insight, no evidence level above "assumed").`,
      };
    }
  },
};
