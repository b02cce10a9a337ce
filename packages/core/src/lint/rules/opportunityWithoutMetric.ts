import { formatPath } from '../../diagnostic.js';
import { openOpportunities, quoted } from '../elements.js';
import type { LintRule } from '../lintRule.js';

export const opportunityWithoutMetric: LintRule = {
  id: 'opportunity-without-metric',
  category: 'action',
  severity: 'warning',
  description: 'An open opportunity (not done or dropped) names no metric it should move.',
  advice:
    'Link the KPI that will show whether it worked (its `metrics`: e.g. conversion at checkout, CSAT of delivery); add the metric to the journey first if it is missing.',
  subjects: (journey) => openOpportunities(journey).length,
  *check(journey) {
    for (const { opportunity, index } of openOpportunities(journey)) {
      if (opportunity.metrics.length === 0) {
        yield {
          message: `Opportunity ${quoted(opportunity.title)} names no metric.`,
          path: formatPath(['opportunities', index]),
          elementId: opportunity.id,
        };
      }
    }
  },
};
