import type { AnalysisContext, AnalysisScope } from './Analysis.js';
import { nodeColumn, scopedEvents } from './Analysis.js';

/**
 * Each customer's mapped events in order (`seq`, see mapEvents) as SQL, with the node (stage,
 * step or touchpoint) and the previous one. Columns: customer, ts, node, seq, n, prev_node, prev_ts.
 */
export function orderedEventsSql(
  context: AnalysisContext,
  scope: AnalysisScope,
  level: 'stage' | 'step' | 'touchpoint',
): string {
  const source = scopedEvents(context, scope);
  return context.engine.dialect.sequenced(
    `(SELECT customer, ts, seq, ${nodeColumn(level)} AS node FROM ${source} x)`,
    { partitionBy: 'customer', orderBy: ['seq'], columns: ['ts', 'node', 'seq'], previous: ['node', 'ts'] },
  );
}
