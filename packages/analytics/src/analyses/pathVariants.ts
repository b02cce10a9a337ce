import type { PathVariants } from '@waymark/core';
import type { Analysis } from './Analysis.js';
import { numberOrNull } from './Analysis.js';
import { orderedEventsSql } from './orderedEvents.js';

/** The top N orders of stages (or steps, touchpoints) customers went through, repeats collapsed. */
export const pathVariantsAnalysis: Analysis<'paths'> = {
  id: 'paths',
  description: 'path variants: the most common orders of stages or touchpoints, with their share',
  async run(context): Promise<PathVariants | undefined> {
    const level = context.options.pathLevel ?? 'stage';
    const top = context.options.topPaths ?? 10;
    const { listAgg, joinList } = context.engine.dialect;
    const ordered = orderedEventsSql(context, context.scope, level);
    const sequences = `SELECT customer, ${joinList(listAgg('node', 'seq'), ',')} AS sequence
      FROM ${ordered} o WHERE prev_node IS NULL OR prev_node <> node GROUP BY customer`;
    const rows = await context.engine.queryWith(
      [['s', sequences]],
      `SELECT sequence, count(*) AS customers, (SELECT count(*) FROM s) AS total
       FROM s GROUP BY sequence ORDER BY count(*) DESC, sequence LIMIT ${Math.max(1, Math.floor(top))}`,
    );
    const total = numberOrNull(rows[0]?.total) ?? 0;
    if (total === 0) return { level, customers: 0, variants: [] };
    return {
      level,
      customers: total,
      variants: rows.map((row) => {
        const customers = numberOrNull(row.customers) ?? 0;
        return { sequence: String(row.sequence).split(','), customers, share: customers / total };
      }),
    };
  },
};
