import { formatPath } from '../../diagnostic.js';
import { openOpportunities, quoted } from '../elements.js';
import type { LintRule } from '../lintRule.js';

export const opportunityWithoutOwner: LintRule = {
  id: 'opportunity-without-owner',
  category: 'action',
  severity: 'warning',
  description: 'An open opportunity (not done or dropped) has no owner.',
  advice: 'Name the person or team who decides on it and drives it forward (`owner`).',
  subjects: (journey) => openOpportunities(journey).length,
  *check(journey) {
    for (const { opportunity, index } of openOpportunities(journey)) {
      if (opportunity.owner === undefined) {
        yield {
          message: `Opportunity ${quoted(opportunity.title)} has no owner.`,
          path: formatPath(['opportunities', index]),
          elementId: opportunity.id,
        };
      }
    }
  },
};
