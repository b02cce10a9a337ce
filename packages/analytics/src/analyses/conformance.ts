import type { Conformance } from '@waymark/core';
import type { QueryPart } from '../engine/AnalyticsEngine.js';
import { elementCodes } from '../signals/elementCodes.js';
import type { Analysis } from './Analysis.js';
import { numberOrNull, scopedEvents } from './Analysis.js';

/**
 * Conformance to the designed order of the main path's steps. Per customer, the steps they
 * visited in order (consecutive repeats collapsed, each repeat counted as a loop):
 * - conforming: started at the first step and every move went to the next step (stopping
 *   early is fine: that is a drop-off, not a deviation);
 * - in order: never went back to an earlier step (skipping ahead allowed);
 * - backtracks: went back at least once; loops: repeated a step right after itself;
 * - skipped: for each step, customers who reached a later step without ever visiting it;
 * - deviations: the most common moves that skip ahead or go back.
 */
export const conformanceAnalysis: Analysis<'conformance'> = {
  id: 'conformance',
  description: 'conformance to the designed step order: share following it, skips, loops, backtracks',
  async run(context): Promise<Conformance | undefined> {
    const designed = context.design.steps.filter((s) => s.order !== undefined);
    if (designed.length === 0) return undefined;
    const source = scopedEvents(context, context.scope);
    const codes = elementCodes(context.design, context.engine.dialect);
    // The previous main-path row of each is on it (mapEvents.ts): the first has none.
    const moves: QueryPart = [
      'e',
      `SELECT customer, step, step_order, prev_designed_order AS prev_order, prev_designed_step AS prev_step
        FROM ${source} s WHERE step_order IS NOT NULL`,
    ];
    const [totals] = await context.engine.queryWith(
      [
        moves,
        [
          'c',
          `SELECT customer,
          max(CASE WHEN prev_order IS NULL AND step_order <> 0 THEN 1 ELSE 0 END) AS late_start,
          max(CASE WHEN prev_order IS NOT NULL AND step_order > prev_order + 1 THEN 1 ELSE 0 END) AS skips,
          max(CASE WHEN prev_order IS NOT NULL AND step_order < prev_order THEN 1 ELSE 0 END) AS backs,
          max(CASE WHEN prev_order IS NOT NULL AND step_order = prev_order THEN 1 ELSE 0 END) AS loops
        FROM e GROUP BY customer`,
        ],
      ],
      `SELECT count(*) AS customers,
        sum(CASE WHEN late_start = 0 AND skips = 0 AND backs = 0 THEN 1 ELSE 0 END) AS conforming,
        sum(CASE WHEN backs = 0 THEN 1 ELSE 0 END) AS in_order,
        sum(backs) AS backtracks, sum(loops) AS loops FROM c`,
    );
    const customers = numberOrNull(totals?.customers) ?? 0;
    // Each customer's steps before their furthest one, and whether they visited each.
    const skipped = await context.engine.queryWith(
      [
        ['v', `SELECT DISTINCT customer, step_order FROM ${source} x WHERE step_order IS NOT NULL`],
        [
          'earlier',
          `SELECT m.customer AS customer, d.step AS step, d.step_order AS step_order
            FROM (SELECT customer, max(step_order) AS furthest FROM v GROUP BY customer) m
            CROSS JOIN (SELECT step, step_order FROM design_steps WHERE step_order IS NOT NULL) d
            WHERE d.step_order < m.furthest`,
        ],
      ],
      `SELECT b.step AS step, b.step_order AS step_order, count(*) AS n
        FROM earlier b LEFT JOIN (SELECT customer, step_order, 1 AS visited FROM v) v
          ON v.customer = b.customer AND v.step_order = b.step_order
        WHERE v.visited IS NULL GROUP BY b.step, b.step_order ORDER BY b.step_order`,
    );
    const deviations = await context.engine.queryWith(
      [moves],
      `SELECT prev_step, step, CASE WHEN step_order < prev_order THEN 'backtrack' ELSE 'skip' END AS kind, count(*) AS n
      FROM e WHERE prev_order IS NOT NULL AND (step_order > prev_order + 1 OR step_order < prev_order)
      GROUP BY prev_step, step, CASE WHEN step_order < prev_order THEN 'backtrack' ELSE 'skip' END
      ORDER BY count(*) DESC, prev_step, step LIMIT 10`,
    );
    const share = (n: unknown) => {
      const count = numberOrNull(n) ?? 0;
      return { customers: count, share: customers === 0 ? 0 : count / customers };
    };
    return {
      customers,
      conforming: share(totals?.conforming),
      inOrder: share(totals?.in_order),
      backtracks: share(totals?.backtracks),
      loops: share(totals?.loops),
      skipped: skipped.map((row) => ({ step: String(row.step), ...share(row.n) })),
      deviations: deviations.map((row) => ({
        from: codes.idOf(row.prev_step),
        to: codes.idOf(row.step),
        kind: row.kind === 'backtrack' ? ('backtrack' as const) : ('skip' as const),
        count: numberOrNull(row.n) ?? 0,
      })),
    };
  },
};
