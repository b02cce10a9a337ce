import { formatPath } from '../../diagnostic.js';
import { openActions, quoted } from '../elements.js';
import type { LintRule } from '../lintRule.js';

export const actionWithoutOwner: LintRule = {
  id: 'action-without-owner',
  category: 'action',
  severity: 'warning',
  description: 'An open action (not done or cancelled) has no owner.',
  advice: 'Name the person accountable for getting it done (`owner`), and their department.',
  subjects: (journey) => openActions(journey).length,
  *check(journey) {
    for (const { action, index } of openActions(journey)) {
      if (action.owner === undefined) {
        yield {
          message: `Action ${quoted(action.title)} has no owner.`,
          path: formatPath(['actions', index]),
          elementId: action.id,
        };
      }
    }
  },
};
