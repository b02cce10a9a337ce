import type { Funnel } from '@waymark/core';
import {
  type Analysis,
  type AnalysisContext,
  type AnalysisScope,
  numberOrNull,
  scopedEvents,
} from './Analysis.js';

/**
 * The per-customer time each stage was reached, as SQL: `strict` chains the stages (stage k
 * counts only at or after the customer reached stage k−1 that way), `reached` takes the first
 * event in each stage whatever came before.
 */
function reachSql(context: AnalysisContext, scope: AnalysisScope, mode: 'strict' | 'reached'): string {
  const source = scopedEvents(context, scope);
  const ctes = context.design.stages.map((_, k) => {
    if (k === 0 || mode === 'reached')
      return `s${k} AS (SELECT customer, min(ts) AS t FROM ${source} e WHERE stage_order = ${k} GROUP BY customer)`;
    return `s${k} AS (SELECT e.customer, min(e.ts) AS t FROM ${source} e JOIN s${k - 1} p ON e.customer = p.customer AND e.ts >= p.t WHERE e.stage_order = ${k} GROUP BY e.customer)`;
  });
  const { median, quantile } = context.engine.dialect;
  const rows = context.design.stages.map((_, k) => {
    const next = k + 1 < context.design.stages.length ? `s${k + 1}` : undefined;
    const gap = next === undefined ? 'NULL' : `(n.t - s.t) / 1000.0`;
    const join =
      next === undefined
        ? ''
        : ` LEFT JOIN ${next} n ON n.customer = s.customer${mode === 'reached' ? ' AND n.t >= s.t' : ''}`;
    return `SELECT ${k} AS k, count(*) AS customers, ${next === undefined ? 'NULL' : 'count(n.customer)'} AS converted, ${median(gap)} AS median_gap, ${quantile(gap, 0.9)} AS p90_gap FROM s${k} s${join}`;
  });
  return `WITH ${ctes.join(',\n')}\n${rows.join('\nUNION ALL\n')}\nORDER BY k`;
}

/** Customers reaching each stage, conversion to the next, drop-off, median and p90 time to the next. */
export async function funnelFor(context: AnalysisContext, scope: AnalysisScope): Promise<Funnel | undefined> {
  const mode = context.options.funnelMode ?? 'strict';
  const stages = context.design.stages;
  if (stages.length === 0) return undefined;
  const rows = await context.engine.query(reachSql(context, scope, mode));
  const first = numberOrNull(rows[0]?.customers) ?? 0;
  return {
    mode,
    stages: stages.map((stage, k) => {
      const row = rows.find((r) => Number(r.k) === k);
      const customers = numberOrNull(row?.customers) ?? 0;
      const converted = numberOrNull(row?.converted);
      const conversion = converted === null || customers === 0 ? null : converted / customers;
      return {
        stage: stage.id,
        customers,
        shareOfStart: first === 0 ? null : customers / first,
        conversionToNext: conversion,
        dropOff: conversion === null ? null : 1 - conversion,
        medianSecondsToNext: numberOrNull(row?.median_gap),
        p90SecondsToNext: numberOrNull(row?.p90_gap),
      };
    }),
  };
}

export const funnelAnalysis: Analysis<'funnel'> = {
  id: 'funnel',
  description: 'stage funnel: customers per stage, conversion, drop-off, time to the next stage',
  run: (context) => funnelFor(context, context.scope),
};
