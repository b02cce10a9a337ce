import { quoted } from '../elements.js';
import type { LintRule } from '../lintRule.js';

export const emotionGap: LintRule = {
  id: 'emotion-gap',
  category: 'analysis',
  severity: 'info',
  description: 'A step has no emotion for any persona, so the emotion curve skips it.',
  advice: 'Record how each persona feels at this step (-2..+2), even when it is neutral (0).',
  subjects: (_journey, context) => context.steps.length,
  *check(_journey, context) {
    for (const { step, path } of context.steps) {
      if (Object.keys(step.emotions).length === 0) {
        yield { message: `Step ${quoted(step.name)} has no emotions.`, path, elementId: step.id };
      }
    }
  },
};
