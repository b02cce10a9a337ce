import { formatPath } from '../../diagnostic.js';
import { quoted } from '../elements.js';
import type { LintRule } from '../lintRule.js';

export const metricWithoutTarget: LintRule = {
  id: 'metric-without-target',
  category: 'action',
  severity: 'info',
  description: 'A metric has no target, so nobody can tell whether it is good enough.',
  advice: 'Set the `target` you aim for (and the `baseline` you start from), in the metric’s unit.',
  subjects: (journey) => journey.metrics.length,
  *check(journey) {
    for (const [index, metric] of journey.metrics.entries()) {
      if (metric.target === undefined) {
        yield {
          message: `Metric ${quoted(metric.name)} has no target.`,
          path: formatPath(['metrics', index]),
          elementId: metric.id,
        };
      }
    }
  },
};
