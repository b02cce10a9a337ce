import { formatPath } from '../../diagnostic.js';
import { daysBetween } from '../calendar.js';
import { openActions, quoted } from '../elements.js';
import type { LintRule } from '../lintRule.js';

export const actionOverdue: LintRule = {
  id: 'action-overdue',
  category: 'action',
  severity: 'warning',
  description: 'An action is past its due date and not done or cancelled.',
  advice: 'Finish it and set `status: done`, cancel it, or agree a new due date with its owner.',
  subjects: (journey) => openActions(journey).filter(({ action }) => action.due !== undefined).length,
  *check(journey, context) {
    for (const { action, index } of openActions(journey)) {
      if (action.due !== undefined && action.due < context.today) {
        const days = daysBetween(action.due, context.today);
        yield {
          message: `Action ${quoted(action.title)} was due on ${action.due} (${days} day${days === 1 ? '' : 's'} ago) and is ${action.status}.`,
          path: formatPath(['actions', index, 'due']),
          elementId: action.id,
        };
      }
    }
  },
};
