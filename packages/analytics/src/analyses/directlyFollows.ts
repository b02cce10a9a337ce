import type { DirectlyFollowsGraph } from '@waymark/core';
import type { Analysis } from './Analysis.js';
import { nodeColumn, numberOrNull, scopedEvents } from './Analysis.js';
import { orderedEventsSql } from './orderedEvents.js';

/**
 * The directly-follows graph: for each pair of nodes, how often a customer's next mapped event
 * was at the second right after the first (repeats included, as self-edges), how many customers
 * did so, and the median time between them. Edges below `minEdgeCount` are left out.
 */
export const directlyFollowsAnalysis: Analysis<'dfg'> = {
  id: 'dfg',
  description: 'directly-follows graph between touchpoints: counts and median transition time',
  async run(context): Promise<DirectlyFollowsGraph | undefined> {
    const level = context.options.dfgLevel ?? 'touchpoint';
    const minCount = Math.max(1, Math.floor(context.options.minEdgeCount ?? 1));
    const { median } = context.engine.dialect;
    const ordered = orderedEventsSql(context, context.scope, level);
    const edges = await context.engine.query(
      `SELECT prev_node AS source, node AS target, count(*) AS n, count(DISTINCT customer) AS customers,
           ${median('(ts - prev_ts) / 1000.0')} AS median_gap
         FROM ${ordered} o WHERE prev_node IS NOT NULL GROUP BY prev_node, node ORDER BY count(*) DESC, prev_node, node`,
    );
    // Counting events per node needs no order: straight from the mapped events, not re-sorted.
    const nodes = await context.engine.query(
      `SELECT node, count(*) AS n, count(DISTINCT customer) AS customers
         FROM (SELECT customer, ${nodeColumn(level)} AS node FROM ${scopedEvents(context, context.scope)} x) o
         GROUP BY node ORDER BY count(*) DESC, node`,
    );
    const transitions = edges.reduce((sum, row) => sum + (numberOrNull(row.n) ?? 0), 0);
    return {
      level,
      minCount,
      transitions,
      nodes: nodes.map((row) => ({
        id: String(row.node),
        events: numberOrNull(row.n) ?? 0,
        customers: numberOrNull(row.customers) ?? 0,
      })),
      edges: edges
        .filter((row) => (numberOrNull(row.n) ?? 0) >= minCount)
        .map((row) => ({
          from: String(row.source),
          to: String(row.target),
          count: numberOrNull(row.n) ?? 0,
          customers: numberOrNull(row.customers) ?? 0,
          medianSeconds: numberOrNull(row.median_gap),
        })),
    };
  },
};
