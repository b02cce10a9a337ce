import type { DirectlyFollowsGraph } from '@waymark/core';
import { elementCodes } from '../signals/elementCodes.js';
import type { Analysis } from './Analysis.js';
import { nodeColumn, numberOrNull, scopedEvents } from './Analysis.js';

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
    const codes = elementCodes(context.design, context.engine.dialect);
    const node = nodeColumn(level);
    // Each event's previous one is on its row (mapEvents.ts): no re-sorting; codes order as ids.
    const events = scopedEvents(context, context.scope);
    const edges = await context.engine.query(
      `SELECT prev_${node} AS source, ${node} AS target, count(*) AS n, count(DISTINCT customer) AS customers,
           ${median('(ts - prev_ts) / 1000.0')} AS median_gap
         FROM ${events} o WHERE prev_${node} IS NOT NULL GROUP BY prev_${node}, ${node} ORDER BY count(*) DESC, prev_${node}, ${node}`,
    );
    const nodes = await context.engine.query(
      `SELECT ${node} AS node, count(*) AS n, count(DISTINCT customer) AS customers
         FROM ${events} o GROUP BY ${node} ORDER BY count(*) DESC, ${node}`,
    );
    const transitions = edges.reduce((sum, row) => sum + (numberOrNull(row.n) ?? 0), 0);
    return {
      level,
      minCount,
      transitions,
      nodes: nodes.map((row) => ({
        id: codes.idOf(row.node),
        events: numberOrNull(row.n) ?? 0,
        customers: numberOrNull(row.customers) ?? 0,
      })),
      edges: edges
        .filter((row) => (numberOrNull(row.n) ?? 0) >= minCount)
        .map((row) => ({
          from: codes.idOf(row.source),
          to: codes.idOf(row.target),
          count: numberOrNull(row.n) ?? 0,
          customers: numberOrNull(row.customers) ?? 0,
          medianSeconds: numberOrNull(row.median_gap),
        })),
    };
  },
};
