// Which fields of each element the diff compares, and how it words them.
import type { Gain, Insight, PainPoint } from '../model/findings.js';
import type { Journey } from '../model/journey.js';
import type { Persona } from '../model/persona.js';
import type { Action, Measurement, Metric, Opportunity } from '../model/plan.js';
import type { Path, Stage } from '../model/stage.js';
import type { Emotion, Step, Touchpoint } from '../model/step.js';
import { type FieldSpec, field } from './fieldChanges.js';

const backed = <T extends { evidence?: unknown; insights: string[] }>(): FieldSpec<T>[] => [
  { field: 'evidence', label: 'evidence', kind: 'plain', get: (e) => e.evidence },
  { field: 'insights', label: 'insights', kind: 'ids', get: (e) => e.insights },
];

export const journeyFields: readonly FieldSpec<Journey>[] = [
  field('id', 'id', 'plain'),
  field('title', 'title', 'name'),
  field('objective'),
  field('description'),
  field('scope', 'scope', 'plain'),
  field('state', 'state', 'plain'),
  field('redesigns'),
  field('status', 'status', 'plain'),
  field('owner'),
  field('version', 'version', 'plain'),
  field('tags', 'tags', 'list'),
  { field: 'review.cadence', label: 'review cadence', kind: 'plain', get: (j) => j.review?.cadence },
  { field: 'review.lastReviewed', label: 'last review', kind: 'plain', get: (j) => j.review?.lastReviewed },
];

export const personaFields: readonly FieldSpec<Persona>[] = [
  field('name', 'name', 'name'),
  field('segment'),
  field('description'),
  field('goals', 'goals', 'list'),
  field('needs', 'needs', 'list'),
  field('frustrations', 'frustrations', 'list'),
  field('behaviours', 'behaviours', 'list'),
  field('quote'),
  field('share', 'share of customers'),
  field('color', 'colour', 'plain'),
  field('avatar'),
];

export const stageFields: readonly FieldSpec<Stage>[] = [
  field('name', 'name', 'name'),
  field('description'),
  { field: 'loop.to', label: 'loop back to', kind: 'plain', get: (s) => s.loop?.to },
  { field: 'loop.reason', label: 'loop reason', get: (s) => s.loop?.reason },
  ...backed<Stage>(),
];

const lanes = [
  ['frontstage', 'frontstage'],
  ['backstage', 'backstage'],
  ['support', 'support processes'],
  ['systems', 'systems'],
  ['physical', 'physical evidence'],
] as const;

export const stepFields: readonly FieldSpec<Step>[] = [
  field('name', 'name', 'name'),
  field('description'),
  field('thoughts', 'thoughts', 'list'),
  { field: 'momentOfTruth', label: 'moment of truth', get: (s) => s.momentOfTruth?.reason },
  ...lanes.map(
    ([lane, label]): FieldSpec<Step> => ({
      field: `blueprint.${lane}`,
      label,
      kind: 'list',
      get: (s) => s.blueprint[lane],
    }),
  ),
  field('detail', 'detailed journey', 'plain'),
  ...backed<Step>(),
];

export const touchpointFields: readonly FieldSpec<Touchpoint>[] = [
  field('channel', 'channel', 'plain'),
  field('name'),
  field('online', 'online'),
  field('department'),
  { field: 'momentOfTruth', label: 'moment of truth', get: (t) => t.momentOfTruth?.reason },
  ...backed<Touchpoint>(),
];

/** The emotion score is worded separately (with its sign and direction). */
export const emotionFields: readonly FieldSpec<Emotion>[] = [
  field('thoughts', 'thoughts', 'list'),
  ...backed<Emotion>(),
];

export const pathFields: readonly FieldSpec<Path>[] = [
  field('name', 'name', 'name'),
  field('kind', 'kind', 'plain'),
  field('from', 'branches after', 'plain'),
  field('rejoin', 'rejoins at', 'plain'),
  field('share', 'share of customers'),
  field('description'),
  ...backed<Path>(),
];

export const insightFields: readonly FieldSpec<Insight>[] = [
  field('text'),
  field('source', 'source', 'plain'),
  field('date', 'date', 'plain'),
  field('reference'),
  field('personas', 'personas', 'ids'),
];

const findingFields = <T extends PainPoint | Gain>(): FieldSpec<T>[] => [
  field<T>('title', 'title', 'name'),
  field<T>('description'),
  field<T>('at', 'place', 'plain'),
  field<T>('severity'),
  field<T>('reach', 'reach'),
  field<T>('personas', 'personas', 'ids'),
  ...backed<T>(),
];
export const painPointFields: readonly FieldSpec<PainPoint>[] = findingFields<PainPoint>();
export const gainFields: readonly FieldSpec<Gain>[] = findingFields<Gain>();

export const opportunityFields: readonly FieldSpec<Opportunity>[] = [
  field('title', 'title', 'name'),
  field('description'),
  field('addresses', 'addressed pain points', 'ids'),
  field('impact'),
  field('effort'),
  field('confidence'),
  field('reach'),
  field('status', 'status', 'plain'),
  field('owner'),
  field('metrics', 'metrics', 'ids'),
  ...backed<Opportunity>(),
];

export const actionFields: readonly FieldSpec<Action>[] = [
  field('title', 'title', 'name'),
  field('description'),
  field('opportunity', 'opportunity', 'plain'),
  field('owner'),
  field('department'),
  field('due', 'due date', 'plain'),
  field('status', 'status', 'plain'),
  { field: 'kpi.metric', label: 'KPI', kind: 'plain', get: (a) => a.kpi?.metric },
  { field: 'kpi.change', label: 'KPI change', get: (a) => a.kpi?.change },
];

const describeMeasurement = (entry: unknown): string => {
  const m = entry as Measurement;
  return `${m.date}: ${m.value}${m.source ? ` (${m.source})` : ''}`;
};

export const metricFields: readonly FieldSpec<Metric>[] = [
  field('name', 'name', 'name'),
  field('kind', 'kind', 'plain'),
  field('at', 'scope', 'plain'),
  field('unit'),
  field('direction', 'better direction', 'plain'),
  field('baseline'),
  field('target'),
  {
    field: 'measurements',
    label: 'measurements',
    kind: 'records',
    get: (m) => m.measurements,
    describe: describeMeasurement,
  },
  ...backed<Metric>(),
];
