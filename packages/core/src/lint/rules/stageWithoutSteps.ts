import { formatPath } from '../../diagnostic.js';
import { quoted } from '../elements.js';
import type { LintRule } from '../lintRule.js';

export const stageWithoutSteps: LintRule = {
  id: 'stage-without-steps',
  category: 'structure',
  severity: 'error',
  description: 'A stage has no steps.',
  advice: 'Add the steps customers take in this stage, or remove the stage.',
  subjects: (journey) => journey.stages.length,
  *check(journey) {
    for (const [index, stage] of journey.stages.entries()) {
      if (stage.steps.length === 0) {
        yield {
          message: `Stage ${quoted(stage.name)} has no steps.`,
          path: formatPath(['stages', index]),
          elementId: stage.id,
        };
      }
    }
  },
};
