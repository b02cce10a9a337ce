import type { AnalysisContext, AnalysisScope } from './Analysis.js';
import { nodeColumn, scopedEvents } from './Analysis.js';

/**
 * Each customer's mapped events in order as SQL, with the node (stage, step or touchpoint) and
 * the previous node: by time, then (same instant) by designed step order, then by event name,
 * so ties always order the same way. Columns: customer, ts, node, prev_node, prev_ts, seq.
 */
export function orderedEventsSql(
  context: AnalysisContext,
  scope: AnalysisScope,
  level: 'stage' | 'step' | 'touchpoint',
): string {
  const source = scopedEvents(context, scope);
  const order = 'ts, coalesce(step_order, 1000000), step, event';
  return `(SELECT customer, ts, node,
      lag(node) OVER (PARTITION BY customer ORDER BY ${order}) AS prev_node,
      lag(ts) OVER (PARTITION BY customer ORDER BY ${order}) AS prev_ts,
      row_number() OVER (PARTITION BY customer ORDER BY ${order}) AS seq
    FROM (SELECT *, ${nodeColumn(level)} AS node FROM ${source} x) y)`;
}
