import type { Journey } from '../../model/journey.js';
import { hasEmotion, isMomentOfTruth, quoted } from '../elements.js';
import type { LintContext, LintRule, PlacedStep } from '../lintRule.js';

function momentsOfTruth(context: LintContext): PlacedStep[] {
  return context.steps.filter((place) => isMomentOfTruth(place.step));
}

export const momentOfTruthWithoutEmotion: LintRule = {
  id: 'moment-of-truth-without-emotion',
  category: 'analysis',
  severity: 'warning',
  description: 'A moment of truth does not say how every persona feels there.',
  advice:
    'Moments of truth decide how customers judge the company: record the emotion (-2..+2) of every persona at this step, with the thoughts behind it.',
  subjects: (journey: Journey, context) => (journey.personas.length > 0 ? momentsOfTruth(context).length : 0),
  *check(journey, context) {
    for (const { step, path } of momentsOfTruth(context)) {
      const missing = journey.personas.filter((persona) => !hasEmotion(step, persona.id));
      if (missing.length > 0) {
        const names = missing.map((persona) => persona.name).join(', ');
        yield {
          message: `Moment of truth ${quoted(step.name)} has no emotion for ${names}.`,
          path,
          elementId: step.id,
        };
      }
    }
  },
};
