import type { Comparison, ScoreKind } from '@waymark/core';
import { type Frequencies, mannWhitneyU } from '../stats/mannWhitneyU.js';
import { twoProportionZTest } from '../stats/twoProportionZTest.js';
import type { Analysis, AnalysisContext, AnalysisScope } from './Analysis.js';
import { numberOrNull, scopedFeedback } from './Analysis.js';
import { funnelFor } from './funnel.js';

const isoDay = (ms: number | undefined) => new Date(ms ?? 0).toISOString().slice(0, 10);
/** The last day of a period whose `to` is exclusive. */
const lastDay = (ms: number | undefined) => isoDay((ms ?? 0) - 1);

type Tables = Map<string, Map<number, number>>;

async function scoreFrequencies(context: AnalysisContext, scope: AnalysisScope): Promise<Tables> {
  const source = scopedFeedback(context, { ...context.scope, ...scope });
  const parts = (['nps', 'csat', 'ces'] as const).map(
    (kind) =>
      `SELECT element AS at_id, '${kind}' AS kind, ${kind} AS v, count(*) AS n FROM ${source} f WHERE ${kind} IS NOT NULL GROUP BY element, ${kind}`,
  );
  const tables: Tables = new Map();
  for (const row of await context.engine.query(parts.join(' UNION ALL '))) {
    const key = `${String(row.kind)}\u0000${row.at_id === null ? '' : String(row.at_id)}`;
    const table = tables.get(key) ?? new Map<number, number>();
    table.set(Number(row.v), numberOrNull(row.n) ?? 0);
    tables.set(key, table);
  }
  return tables;
}

function median(table: Frequencies | undefined): number | null {
  if (table === undefined) return null;
  const n = [...table.values()].reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const sorted = [...table.entries()].sort((a, b) => a[0] - b[0]);
  const at = (rank: number) => {
    let seen = 0;
    for (const [value, count] of sorted) {
      seen += count;
      if (seen > rank) return value;
    }
    return sorted.at(-1)?.[0] ?? 0;
  };
  return n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
}

/**
 * Two periods side by side (before and after an action shipped): conversion to the next stage
 * by a two-proportion z-test with Cohen's h; each score by a Mann–Whitney U test with the
 * rank-biserial correlation. Persona scope applies to both.
 */
export const periodComparisonAnalysis: Analysis<'comparison'> = {
  id: 'comparison',
  description: 'two periods compared: conversion (z-test) and scores (Mann–Whitney U)',
  async run(context): Promise<Comparison | undefined> {
    const periods = context.options.compare;
    if (periods === undefined) return undefined;
    const scope = (period: AnalysisScope) => ({ ...context.scope, ...period });
    const before = await funnelFor(context, scope(periods.before));
    const after = await funnelFor(context, scope(periods.after));
    const conversion = (before?.stages ?? []).flatMap((stage, k) => {
      const later = after?.stages[k];
      if (stage.conversionToNext === null || later === undefined || later.conversionToNext === null)
        return [];
      const x1 = Math.round(stage.conversionToNext * stage.customers);
      const x2 = Math.round(later.conversionToNext * later.customers);
      const test = twoProportionZTest(x1, stage.customers, x2, later.customers);
      return [
        {
          stage: stage.stage,
          before: { customers: stage.customers, converted: x1 },
          after: { customers: later.customers, converted: x2 },
          ...test,
        },
      ];
    });
    const first = await scoreFrequencies(context, periods.before);
    const second = await scoreFrequencies(context, periods.after);
    const keys = [...new Set([...first.keys(), ...second.keys()])].sort();
    const scores = keys.map((key) => {
      const [kind = 'nps', at = ''] = key.split('\u0000');
      const a = first.get(key) ?? new Map<number, number>();
      const b = second.get(key) ?? new Map<number, number>();
      const count = (t: Frequencies) => [...t.values()].reduce((x, y) => x + y, 0);
      return {
        at: at === '' ? null : at,
        kind: kind as ScoreKind,
        before: { responses: count(a), median: median(a) },
        after: { responses: count(b), median: median(b) },
        ...mannWhitneyU(a, b),
      };
    });
    return {
      before: { from: isoDay(periods.before.from), to: lastDay(periods.before.to) },
      after: { from: isoDay(periods.after.from), to: lastDay(periods.after.to) },
      conversion,
      scores,
    };
  },
};
