import type { LintRule } from '../lintRule.js';

export const journeyWithoutObjective: LintRule = {
  id: 'journey-without-objective',
  category: 'structure',
  severity: 'warning',
  description: 'The journey does not say why it exists.',
  advice:
    'Add an objective: the question the map answers or the decision it supports, e.g. "Find why first-time buyers abandon checkout".',
  subjects: () => 1,
  *check(journey) {
    if (journey.objective === undefined) {
      yield { message: 'The journey has no objective.' };
    }
  },
};
