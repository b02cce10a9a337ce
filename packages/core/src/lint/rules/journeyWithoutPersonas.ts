import type { LintRule } from '../lintRule.js';

export const journeyWithoutPersonas: LintRule = {
  id: 'journey-without-personas',
  category: 'structure',
  severity: 'error',
  description: 'The journey names no persona, so nobody is travelling it.',
  advice: 'Add at least one persona: who takes this journey, with a name and a short description.',
  subjects: () => 1,
  *check(journey) {
    if (journey.personas.length === 0) {
      yield { message: 'The journey has no personas.', path: 'personas' };
    }
  },
};
