import type { AnalysisDocument } from '@waymark/core';
import type { AnalyticsEngine } from '../engine/AnalyticsEngine.js';
import type { JourneyDesign } from '../signals/journeyDesign.js';

/** Which events and responses an analysis looks at: a time range (epoch ms, `to` exclusive) and a persona. */
export interface AnalysisScope {
  readonly from?: number;
  readonly to?: number;
  readonly persona?: string;
}

/** What an analysis can be asked to do differently. */
export interface AnalysisOptions {
  /** How many path variants to keep (default 10). */
  readonly topPaths?: number;
  /** Directly-follows edges seen fewer times are left out (default 1). */
  readonly minEdgeCount?: number;
  readonly funnelMode?: 'strict' | 'reached';
  /** The level paths and the directly-follows graph are drawn at. */
  readonly pathLevel?: 'stage' | 'step' | 'touchpoint';
  readonly dfgLevel?: 'stage' | 'step' | 'touchpoint';
  /** Two periods to compare (epoch ms, `to` exclusive). */
  readonly compare?: { readonly before: AnalysisScope; readonly after: AnalysisScope };
}

/** What every analysis is given. */
export interface AnalysisContext {
  readonly engine: AnalyticsEngine;
  readonly design: JourneyDesign;
  readonly scope: AnalysisScope;
  readonly options: AnalysisOptions;
}

/** The analyses of a document: each fills one field of it. */
export type AnalysisField =
  | 'funnel'
  | 'paths'
  | 'dfg'
  | 'conformance'
  | 'feedback'
  | 'emotionCurve'
  | 'comparison'
  | 'unmatchedEvents';

/** One analysis: a module in `analyses/`, registered in `analysisRegistry.ts`. */
export interface Analysis<F extends AnalysisField = AnalysisField> {
  readonly id: F;
  readonly description: string;
  /** Its part of the document, or undefined when the inputs hold nothing for it. */
  run(context: AnalysisContext): Promise<AnalysisDocument[F] | undefined>;
}

/** The previous rows' columns of `mapped`, each with the ts telling whether that row is in scope. */
const previousColumns = [
  ...['prev_ts', 'prev_stage', 'prev_step', 'prev_node'].map((c) => [c, 'prev_ts'] as const),
  ...['prev_designed_step', 'prev_designed_order', 'prev_designed_ts'].map(
    (c) => [c, 'prev_designed_ts'] as const,
  ),
];

/**
 * The mapped events in scope as a SQL subquery: `mapped`'s columns (see mapEvents.ts), the
 * previous rows' NULL where that row is before the scope's start (a scope cuts each customer's
 * order in one piece: persona is the customer's, and rows are in time order).
 */
export function scopedEvents(
  context: Pick<AnalysisContext, 'engine' | 'design'>,
  scope: AnalysisScope,
): string {
  const persona =
    scope.persona === undefined ? undefined : Math.max(-1, context.design.personas.indexOf(scope.persona));
  const where = conditions(context, { ...scope, ...(persona === undefined ? {} : { persona }) }, 'persona');
  if (scope.from === undefined) return `(SELECT * FROM mapped WHERE ${where.join(' AND ')})`;
  const from = context.engine.dialect.literal(scope.from);
  // (Staged under other names: ClickHouse lets an alias shadow a column.)
  const staged = previousColumns.map(([c]) => `${c} AS scoped_${c}`).join(', ');
  const previous = previousColumns
    .map(([c, ts]) => `CASE WHEN scoped_${ts} >= ${from} THEN scoped_${c} END AS ${c}`)
    .join(', ');
  return `(SELECT customer, ts, seq, persona, stage, step, node, stage_order, step_order, ${previous}
    FROM (SELECT customer, ts, seq, persona, stage, step, node, stage_order, step_order, ${staged} FROM mapped WHERE ${where.join(' AND ')}) s)`;
}

/** The feedback in scope, with each response's persona (from its segment). */
export function scopedFeedback(context: Pick<AnalysisContext, 'engine'>, scope: AnalysisScope): string {
  return `(SELECT f.*, p.persona AS persona FROM feedback f LEFT JOIN segment_personas p ON f.segment = p.segment WHERE ${conditions(context, scope, 'p.persona').join(' AND ')})`;
}

function conditions(
  context: Pick<AnalysisContext, 'engine'>,
  scope: { readonly from?: number; readonly to?: number; readonly persona?: string | number },
  persona: string,
): string[] {
  const { literal } = context.engine.dialect;
  const where = ['1 = 1'];
  if (scope.from !== undefined) where.push(`ts >= ${literal(scope.from)}`);
  if (scope.to !== undefined) where.push(`ts < ${literal(scope.to)}`);
  if (scope.persona !== undefined) where.push(`${persona} = ${literal(scope.persona)}`);
  return where;
}

/** A number from a row value (engines return big integers as text), or null. */
export function numberOrNull(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/** The column of `mapped` holding the node (stage, step or touchpoint code) an event is at; `prev_<it>` the previous one's. */
export function nodeColumn(level: 'stage' | 'step' | 'touchpoint'): 'stage' | 'step' | 'node' {
  return level === 'touchpoint' ? 'node' : level;
}
