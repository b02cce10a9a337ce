import { isMomentOfTruth } from '../elements.js';
import type { LintRule } from '../lintRule.js';

export const journeyWithoutMomentsOfTruth: LintRule = {
  id: 'journey-without-moments-of-truth',
  category: 'analysis',
  severity: 'info',
  description: 'No step or touchpoint is marked as a moment of truth.',
  advice:
    'Mark the few moments that decide how customers judge the company (`momentOfTruth` with the reason) on their step or touchpoint, so the map shows where to focus.',
  subjects: (_journey, context) => (context.steps.length > 0 ? 1 : 0),
  *check(_journey, context) {
    if (context.steps.length > 0 && !context.steps.some(({ step }) => isMomentOfTruth(step))) {
      yield { message: 'No step or touchpoint is marked as a moment of truth.' };
    }
  },
};
