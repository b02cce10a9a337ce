import { formatPath } from '../../diagnostic.js';
import { isOnlyAssumed, quoted } from '../elements.js';
import type { LintRule } from '../lintRule.js';

export const painPointWithoutEvidence: LintRule = {
  id: 'pain-point-without-evidence',
  category: 'evidence',
  severity: 'warning',
  description: 'A pain point links no insight and is only assumed.',
  advice:
    'Link the insights that show the pain (a quote, a survey result, a support-ticket count), or set its evidence level to reported, observed or measured once you have checked it with customers.',
  subjects: (journey) => journey.painPoints.length,
  *check(journey) {
    for (const [index, pain] of journey.painPoints.entries()) {
      if (isOnlyAssumed(pain)) {
        const level = pain.evidence === 'assumed' ? 'is assumed' : 'has no evidence level';
        yield {
          message: `Pain point ${quoted(pain.title)} links no insight and ${level}.`,
          path: formatPath(['painPoints', index]),
          elementId: pain.id,
        };
      }
    }
  },
};
