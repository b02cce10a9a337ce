import type { AnalysisContext, AnalysisScope } from './Analysis.js';
import { nodeColumn, scopedEvents } from './Analysis.js';

/**
 * Each customer's mapped events in order (`seq`, see mapEvents) as SQL, with the node (stage,
 * step or touchpoint) and the previous one. Columns: customer, ts, node, prev_node, prev_ts, seq.
 */
export function orderedEventsSql(
  context: AnalysisContext,
  scope: AnalysisScope,
  level: 'stage' | 'step' | 'touchpoint',
): string {
  const source = scopedEvents(context, scope);
  return `(SELECT customer, ts, node, seq,
      lag(node) OVER (PARTITION BY customer ORDER BY seq) AS prev_node,
      lag(ts) OVER (PARTITION BY customer ORDER BY seq) AS prev_ts
    FROM (SELECT *, ${nodeColumn(level)} AS node FROM ${source} x) y)`;
}
