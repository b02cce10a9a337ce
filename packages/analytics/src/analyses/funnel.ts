import type { Funnel } from '@waymark/core';
import type { QueryPart } from '../engine/AnalyticsEngine.js';
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
function reachSql(
  context: AnalysisContext,
  scope: AnalysisScope,
  mode: 'strict' | 'reached',
): { parts: QueryPart[]; body: string } {
  const source = scopedEvents(context, scope);
  const parts = context.design.stages.map((_, k): QueryPart => {
    if (k === 0 || mode === 'reached')
      return [
        `s${k}`,
        `SELECT customer, min(ts) AS t FROM ${source} e WHERE stage_order = ${k} GROUP BY customer`,
      ];
    return [
      `s${k}`,
      `SELECT customer, min(ts) AS t FROM (SELECT e.customer AS customer, e.ts AS ts FROM ${source} e
        JOIN s${k - 1} p ON e.customer = p.customer WHERE e.ts >= p.t AND e.stage_order = ${k}) x GROUP BY customer`,
    ];
  });
  const { median, quantile } = context.engine.dialect;
  // The next stage counts when reached at or after this one (always so when strict).
  const rows = context.design.stages.map((_, k) => {
    const next = k + 1 < context.design.stages.length ? `s${k + 1}` : undefined;
    if (next === undefined)
      return `SELECT ${k} AS k, count(*) AS customers, NULL AS converted, NULL AS median_gap, NULL AS p90_gap FROM s${k} s`;
    const gap = 'CASE WHEN n.t >= s.t THEN (n.t - s.t) / 1000.0 END';
    return `SELECT ${k} AS k, count(*) AS customers, sum(CASE WHEN n.t >= s.t THEN 1 ELSE 0 END) AS converted, ${median(gap)} AS median_gap, ${quantile(gap, 0.9)} AS p90_gap FROM s${k} s LEFT JOIN ${next} n ON n.customer = s.customer`;
  });
  return { parts, body: `SELECT * FROM (${rows.join('\nUNION ALL\n')}) f ORDER BY k` };
}

/** Customers reaching each stage, conversion to the next, drop-off, median and p90 time to the next. */
export async function funnelFor(context: AnalysisContext, scope: AnalysisScope): Promise<Funnel | undefined> {
  const mode = context.options.funnelMode ?? 'strict';
  const stages = context.design.stages;
  if (stages.length === 0) return undefined;
  const reach = reachSql(context, scope, mode);
  const rows = await context.engine.queryWith(reach.parts, reach.body);
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
