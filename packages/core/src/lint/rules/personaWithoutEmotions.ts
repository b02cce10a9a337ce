import { formatPath } from '../../diagnostic.js';
import { hasEmotion, quoted } from '../elements.js';
import type { LintRule } from '../lintRule.js';

export const personaWithoutEmotions: LintRule = {
  id: 'persona-without-emotions',
  category: 'analysis',
  severity: 'warning',
  description: 'A persona has no emotion at any step, so the map has no emotion curve for them.',
  advice:
    'Record how the persona feels (-2..+2) at the steps they take, at least at the moments of truth; or remove the persona if they do not travel this journey.',
  subjects: (journey, context) => (context.steps.length > 0 ? journey.personas.length : 0),
  *check(journey, context) {
    if (context.steps.length === 0) return;
    for (const [index, persona] of journey.personas.entries()) {
      if (!context.steps.some(({ step }) => hasEmotion(step, persona.id))) {
        yield {
          message: `Persona ${quoted(persona.name)} has no emotion at any step.`,
          path: formatPath(['personas', index]),
          elementId: persona.id,
        };
      }
    }
  },
};
