import { formatPath } from '../../diagnostic.js';
import { quoted } from '../elements.js';
import type { LintRule } from '../lintRule.js';

export const metricWithoutMeasurements: LintRule = {
  id: 'metric-without-measurements',
  category: 'action',
  severity: 'info',
  description: 'A metric has no measurements, so the map cannot show how it moves.',
  advice: 'Record measurements over time (`measurements`: date, value, source), starting with the baseline.',
  subjects: (journey) => journey.metrics.length,
  *check(journey) {
    for (const [index, metric] of journey.metrics.entries()) {
      if (metric.measurements.length === 0) {
        yield {
          message: `Metric ${quoted(metric.name)} has no measurements.`,
          path: formatPath(['metrics', index]),
          elementId: metric.id,
        };
      }
    }
  },
};
