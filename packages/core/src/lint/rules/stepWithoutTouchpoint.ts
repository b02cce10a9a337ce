import { quoted } from '../elements.js';
import type { LintRule } from '../lintRule.js';

export const stepWithoutTouchpoint: LintRule = {
  id: 'step-without-touchpoint',
  category: 'structure',
  severity: 'warning',
  description: 'A step does not say where the customer meets the company.',
  advice:
    'Add the touchpoints of the step (web, app, store, phone, …). If the customer is on their own here, add a touchpoint such as "word of mouth" or "product".',
  subjects: (_journey, context) => context.steps.length,
  *check(_journey, context) {
    for (const { step, path } of context.steps) {
      if (step.touchpoints.length === 0) {
        yield { message: `Step ${quoted(step.name)} has no touchpoint.`, path, elementId: step.id };
      }
    }
  },
};
