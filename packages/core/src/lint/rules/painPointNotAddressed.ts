import { formatPath } from '../../diagnostic.js';
import { quoted } from '../elements.js';
import type { LintRule } from '../lintRule.js';

export const painPointNotAddressed: LintRule = {
  id: 'pain-point-not-addressed',
  category: 'analysis',
  severity: 'warning',
  description: 'No opportunity addresses a pain point (dropped opportunities do not count).',
  advice:
    'Frame an opportunity that addresses it ("How might we …?") and list the pain point in its `addresses`; if you decided to live with it, say so in its description.',
  subjects: (journey) => journey.painPoints.length,
  *check(journey) {
    const addressed = new Set<string>();
    for (const opportunity of journey.opportunities) {
      if (opportunity.status === 'dropped') continue;
      for (const id of opportunity.addresses) addressed.add(id);
    }
    for (const [index, pain] of journey.painPoints.entries()) {
      if (!addressed.has(pain.id)) {
        yield {
          message: `No opportunity addresses pain point ${quoted(pain.title)}.`,
          path: formatPath(['painPoints', index]),
          elementId: pain.id,
        };
      }
    }
  },
};
