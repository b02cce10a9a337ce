import { z } from 'zod';
import { backed, Id, IsoDate, Rating, Share, Text } from './primitives.js';

export const opportunityStatuses = [
  'idea',
  'validated',
  'planned',
  'in-progress',
  'done',
  'dropped',
] as const;

/** A framed improvement that addresses pain points. Scores (RICE, ICE) are computed by scoring.ts. */
export const Opportunity = z
  .object({
    id: Id,
    title: Text,
    description: Text.optional(),
    addresses: z.array(Id).default([]).describe('pain point ids'),
    impact: Rating.default(3),
    effort: Rating.default(3),
    confidence: Share.default(0.5).describe('0..1: how sure we are of the impact'),
    reach: Share.optional().describe('share of customers it reaches; defaults to the pain points’ reach'),
    status: z.enum(opportunityStatuses).default('idea'),
    owner: Text.optional(),
    metrics: z.array(Id).default([]).describe('metric ids it should move'),
    ...backed,
  })
  .strict();
export type Opportunity = z.infer<typeof Opportunity>;

export const actionStatuses = ['todo', 'in-progress', 'blocked', 'done', 'cancelled'] as const;

/** The KPI an action should move, and by how much (in the metric's unit). */
export const KpiTarget = z.object({ metric: Id, change: z.number().optional() }).strict();

/** What the company will do for an opportunity. */
export const Action = z
  .object({
    id: Id,
    title: Text,
    description: Text.optional(),
    opportunity: Id.optional(),
    owner: Text.optional(),
    department: Text.optional(),
    due: IsoDate.optional(),
    status: z.enum(actionStatuses).default('todo'),
    kpi: KpiTarget.optional(),
  })
  .strict();
export type Action = z.infer<typeof Action>;

export const metricKinds = [
  'nps',
  'csat',
  'ces',
  'conversion',
  'drop-off',
  'time',
  'churn',
  'custom',
] as const;
export type MetricKind = (typeof metricKinds)[number];

export const Measurement = z
  .object({
    date: IsoDate,
    value: z.number(),
    source: Text.optional(),
    note: Text.optional(),
  })
  .strict();
export type Measurement = z.infer<typeof Measurement>;

/** A KPI scoped to the journey, a stage, a step or a touchpoint. */
export const Metric = z
  .object({
    id: Id,
    name: Text,
    kind: z.enum(metricKinds).default('custom'),
    at: Id.optional().describe('stage, step or touchpoint id; the whole journey when absent'),
    unit: Text.optional(),
    direction: z.enum(['up', 'down']).optional().describe('which way is better; defaults from the kind'),
    baseline: z.number().optional(),
    target: z.number().optional(),
    measurements: z.array(Measurement).default([]),
    ...backed,
  })
  .strict();
export type Metric = z.infer<typeof Metric>;
