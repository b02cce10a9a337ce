import { addCadence, daysBetween } from '../calendar.js';
import type { LintRule } from '../lintRule.js';

export const reviewOverdue: LintRule = {
  id: 'review-overdue',
  category: 'freshness',
  severity: 'warning',
  description: 'The journey has a review cadence and its review is overdue, or it was never reviewed.',
  advice:
    'Review the map with its owner and stakeholders: check it against recent insights and metrics, then set `review.lastReviewed` to the date of the review.',
  subjects: (journey) => (journey.review?.cadence === undefined ? 0 : 1),
  *check(journey, context) {
    const cadence = journey.review?.cadence;
    if (cadence === undefined) return;
    const last = journey.review?.lastReviewed;
    if (last === undefined) {
      yield {
        message: `The journey has a ${cadence} review cadence but was never reviewed.`,
        path: 'review',
      };
      return;
    }
    const due = addCadence(last, cadence);
    if (due < context.today) {
      const days = daysBetween(due, context.today);
      yield {
        message: `The ${cadence} review is overdue: last reviewed ${last}, due ${due} (${days} day${days === 1 ? '' : 's'} ago).`,
        path: 'review.lastReviewed',
      };
    }
  },
};
