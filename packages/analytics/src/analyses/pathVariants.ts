import type { PathVariants } from '@waymark/core';
import { elementCodes } from '../signals/elementCodes.js';
import type { Analysis } from './Analysis.js';
import { nodeColumn, numberOrNull, scopedEvents } from './Analysis.js';

/** The top N orders of stages (or steps, touchpoints) customers went through, repeats collapsed. */
export const pathVariantsAnalysis: Analysis<'paths'> = {
  id: 'paths',
  description: 'path variants: the most common orders of stages or touchpoints, with their share',
  async run(context): Promise<PathVariants | undefined> {
    const level = context.options.pathLevel ?? 'stage';
    const top = context.options.topPaths ?? 10;
    const { listAgg, joinList, typeName } = context.engine.dialect;
    const codes = elementCodes(context.design, context.engine.dialect);
    const node = nodeColumn(level);
    // Codes joined sort as the ids joined (elementCodes.ts): the order below is by ids.
    const sequences = `SELECT customer, ${joinList(listAgg(`CAST(${node} AS ${typeName('VARCHAR')})`, 'seq'), ',')} AS sequence
      FROM ${scopedEvents(context, context.scope)} o WHERE prev_${node} IS NULL OR prev_${node} <> ${node} GROUP BY customer`;
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
        return {
          sequence: String(row.sequence).split(',').map(codes.idOf),
          customers,
          share: customers / total,
        };
      }),
    };
  },
};
