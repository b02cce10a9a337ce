import { formatPath } from '../../diagnostic.js';
import { quoted } from '../elements.js';
import type { LintRule } from '../lintRule.js';

export const opportunityWithoutPainPoint: LintRule = {
  id: 'opportunity-without-pain-point',
  category: 'analysis',
  severity: 'info',
  description: 'An opportunity addresses no pain point, so nothing on the map says why it matters.',
  advice:
    'List the pain points it relieves in its `addresses`; if it answers a need the map does not show yet, add that pain point first.',
  subjects: (journey) => journey.opportunities.length,
  *check(journey) {
    for (const [index, opportunity] of journey.opportunities.entries()) {
      if (opportunity.addresses.length === 0) {
        yield {
          message: `Opportunity ${quoted(opportunity.title)} addresses no pain point.`,
          path: formatPath(['opportunities', index]),
          elementId: opportunity.id,
        };
      }
    }
  },
};
