import type { Metric, MetricKind } from './plan.js';

/** Kinds of metric where a lower value is better; for the others higher is better. */
const lowerIsBetter: ReadonlySet<MetricKind> = new Set(['time', 'drop-off', 'churn']);

/** Which way is better for a metric: its own `direction`, else the usual one for its kind. */
export function metricDirection(metric: Pick<Metric, 'direction' | 'kind'>): 'up' | 'down' {
  return metric.direction ?? (lowerIsBetter.has(metric.kind) ? 'down' : 'up');
}
