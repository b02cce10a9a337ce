import type { LintRule } from '../lintRule.js';

export const journeyWithoutStages: LintRule = {
  id: 'journey-without-stages',
  category: 'structure',
  severity: 'error',
  description: 'The journey has no stages, so there is no map to read.',
  advice: 'Add the stages of the journey in order, e.g. awareness, consideration, purchase, usage, loyalty.',
  subjects: () => 1,
  *check(journey) {
    if (journey.stages.length === 0) {
      yield { message: 'The journey has no stages.', path: 'stages' };
    }
  },
};
