import type { LintRule } from '../lintRule.js';

export const reviewCadenceMissing: LintRule = {
  id: 'review-cadence-missing',
  category: 'freshness',
  severity: 'info',
  description: 'A published journey has no review cadence, so nothing says when it goes stale.',
  advice:
    'Journey maps are living documents: set `review.cadence` (weekly, monthly, quarterly, half-yearly or yearly) and `review.lastReviewed`.',
  subjects: (journey) => (journey.status === 'published' ? 1 : 0),
  *check(journey) {
    if (journey.status === 'published' && journey.review?.cadence === undefined) {
      yield { message: 'The journey is published but has no review cadence.', path: 'status' };
    }
  },
};
