import type { LintRule } from '../lintRule.js';

export const futureWithoutCurrent: LintRule = {
  id: 'future-without-current',
  category: 'structure',
  severity: 'error',
  description: 'A future-state map does not say which current-state map it redesigns.',
  advice:
    'Set `redesigns` to the id or file of the current-state journey, so the two can be compared; or set `state: current`.',
  subjects: (journey) => (journey.state === 'future' ? 1 : 0),
  *check(journey) {
    if (journey.state === 'future' && journey.redesigns === undefined) {
      yield { message: 'The journey is a future state but does not say what it redesigns.', path: 'state' };
    }
  },
};
