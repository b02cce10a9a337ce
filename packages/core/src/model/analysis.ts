import { z } from 'zod';
import { Id, IsoDate, Rating, Share, Text } from './primitives.js';

/**
 * The analysis document: what `packages/analytics` measured over event logs and feedback, laid
 * over one journey by id. The renderer overlays it, the server stores it, the web app charts
 * it. It has its own format version (separate from the journey's); bump it and add a migration
 * beside this file when a stored document would read differently.
 */
export const ANALYSIS_FORMAT_VERSION = 1;

const Count = z.number().int().min(0);
/** A duration in seconds. */
const Seconds = z.number().min(0);
const ProbabilityOrNull = Share.nullable();

/** Where a row of the input is, and why it was skipped. */
export const SkippedRow = z.object({ line: z.number().int().min(1), reason: Text }).strict();

/** What an input file gave: rows taken and skipped (with the first skipped lines). */
export const InputSummary = z
  .object({
    file: Text,
    format: z.enum(['csv', 'ndjson', 'parquet', 'xlsx']),
    rowsTaken: Count,
    rowsSkipped: Count,
    skipped: z.array(SkippedRow).default([]).describe('the first skipped rows'),
    columns: z.record(z.string(), Text).describe('role → the column that holds it'),
  })
  .strict();
export type InputSummary = z.infer<typeof InputSummary>;

export const FunnelStage = z
  .object({
    stage: Id,
    customers: Count,
    shareOfStart: ProbabilityOrNull.describe('customers ÷ customers of the first stage'),
    conversionToNext: ProbabilityOrNull.describe('share of these customers who reach the next stage'),
    dropOff: ProbabilityOrNull.describe('1 − conversionToNext'),
    medianSecondsToNext: Seconds.nullable(),
    p90SecondsToNext: Seconds.nullable(),
  })
  .strict();

/** `strict`: a customer counts at a stage only having reached every earlier one, in order. */
export const Funnel = z
  .object({ mode: z.enum(['strict', 'reached']), stages: z.array(FunnelStage) })
  .strict();
export type Funnel = z.infer<typeof Funnel>;

export const PathVariant = z
  .object({ sequence: z.array(Id).min(1), customers: Count, share: Share })
  .strict();
export const PathVariants = z
  .object({
    level: z.enum(['stage', 'step', 'touchpoint']),
    customers: Count,
    variants: z.array(PathVariant),
  })
  .strict();
export type PathVariants = z.infer<typeof PathVariants>;

/** `start` and `end` are the pseudo-nodes before a customer's first and after their last event. */
export const DfgEdge = z
  .object({ from: Id, to: Id, count: Count, customers: Count, medianSeconds: Seconds.nullable() })
  .strict();
export const DfgNode = z.object({ id: Id, events: Count, customers: Count }).strict();
export const DirectlyFollowsGraph = z
  .object({
    level: z.enum(['stage', 'step', 'touchpoint']),
    minCount: Count.describe('edges seen fewer times are left out'),
    transitions: Count.describe('all transitions between consecutive mapped events, before filtering'),
    nodes: z.array(DfgNode),
    edges: z.array(DfgEdge),
  })
  .strict();
export type DirectlyFollowsGraph = z.infer<typeof DirectlyFollowsGraph>;

const ShareOfCustomers = z.object({ customers: Count, share: Share }).strict();
export const Conformance = z
  .object({
    customers: Count,
    conforming: ShareOfCustomers.describe('followed the designed step order, nothing skipped'),
    inOrder: ShareOfCustomers.describe('never went back to an earlier step (skips allowed)'),
    backtracks: ShareOfCustomers.describe('went back to an earlier step at least once'),
    loops: ShareOfCustomers.describe('repeated a step right after itself'),
    skipped: z.array(z.object({ step: Id, customers: Count, share: Share }).strict()),
    deviations: z
      .array(z.object({ from: Id, to: Id, kind: z.enum(['skip', 'backtrack']), count: Count }).strict())
      .describe('the most common transitions off the designed order'),
  })
  .strict();
export type Conformance = z.infer<typeof Conformance>;

export const scoreKinds = ['nps', 'csat', 'ces'] as const;
export type ScoreKind = (typeof scoreKinds)[number];
export const ScoreSummary = z
  .object({
    at: Id.nullable().describe('stage, step or touchpoint; null for answers about no one element'),
    kind: z.enum(scoreKinds),
    responses: Count,
    value: z.number().describe('NPS −100..100; CSAT and CES: the mean'),
    ciLow: z.number(),
    ciHigh: z.number(),
  })
  .strict();
export type ScoreSummary = z.infer<typeof ScoreSummary>;

export const SentimentSummary = z
  .object({
    at: Id.nullable(),
    comments: Count,
    mean: z.number().min(-1).max(1),
    negativeShare: Share,
  })
  .strict();

export const Theme = z
  .object({
    phrase: Text,
    comments: Count,
    at: z.array(Id).default([]),
    quotes: z.array(Text).max(3),
  })
  .strict();
export type Theme = z.infer<typeof Theme>;

export const Feedback = z
  .object({
    scores: z.array(ScoreSummary),
    sentiment: z.array(SentimentSummary),
    themes: z.array(Theme).describe('recurring key phrases of negative comments'),
  })
  .strict();
export type Feedback = z.infer<typeof Feedback>;

export const MeasuredEmotion = z
  .object({
    persona: Id.nullable().describe('null: all customers'),
    step: Id,
    score: z.number().min(-2).max(2),
    designed: z.number().min(-2).max(2).nullable().describe('the score the map gives, if any'),
    responses: Count,
    comments: Count,
  })
  .strict();

export const ProportionChange = z
  .object({
    stage: Id,
    before: z.object({ customers: Count, converted: Count }).strict(),
    after: z.object({ customers: Count, converted: Count }).strict(),
    difference: z.number().describe('after − before, as a share'),
    z: z.number().nullable(),
    pValue: ProbabilityOrNull,
    cohensH: z.number().nullable(),
  })
  .strict();
export const ScoreChange = z
  .object({
    at: Id.nullable(),
    kind: z.enum(scoreKinds),
    before: z.object({ responses: Count, median: z.number().nullable() }).strict(),
    after: z.object({ responses: Count, median: z.number().nullable() }).strict(),
    u: z.number().nullable(),
    pValue: ProbabilityOrNull,
    rankBiserial: z.number().min(-1).max(1).nullable(),
  })
  .strict();
const Period = z.object({ from: IsoDate, to: IsoDate }).strict();
export const Comparison = z
  .object({
    before: Period,
    after: Period,
    conversion: z.array(ProportionChange),
    scores: z.array(ScoreChange),
  })
  .strict();
export type Comparison = z.infer<typeof Comparison>;

/** A finding the data suggests, ready to accept into the journey as an insight or pain point. */
export const Suggestion = z
  .object({
    kind: z.enum(['insight', 'painPoint']),
    title: Text,
    at: Id.optional(),
    severity: Rating.optional(),
    reach: Share.optional(),
    evidence: z.array(Text).default([]).describe('figures and quotes behind it'),
  })
  .strict();
export type Suggestion = z.infer<typeof Suggestion>;

export const UnmatchedEvents = z
  .object({
    events: Count,
    names: z.array(z.object({ event: Text, channel: Text.nullable(), count: Count }).strict()),
  })
  .strict();

/** The document itself; every analysis is optional (a run may ask for a few). */
export const AnalysisDocument = z
  .object({
    formatVersion: z.literal(ANALYSIS_FORMAT_VERSION).default(ANALYSIS_FORMAT_VERSION),
    journey: Id,
    generatedAt: z.iso.datetime({ offset: true }),
    scope: z
      .object({ from: IsoDate.optional(), to: IsoDate.optional(), persona: Id.optional() })
      .strict()
      .default({}),
    inputs: z.object({ events: InputSummary.optional(), feedback: InputSummary.optional() }).strict(),
    customers: Count.describe('customers with at least one mapped event in scope'),
    funnel: Funnel.optional(),
    paths: PathVariants.optional(),
    dfg: DirectlyFollowsGraph.optional(),
    conformance: Conformance.optional(),
    feedback: Feedback.optional(),
    emotionCurve: z.array(MeasuredEmotion).optional(),
    comparison: Comparison.optional(),
    suggestions: z.array(Suggestion).default([]),
    unmatchedEvents: UnmatchedEvents.optional(),
  })
  .strict();
export type AnalysisDocument = z.infer<typeof AnalysisDocument>;
export type AnalysisDocumentInput = z.input<typeof AnalysisDocument>;

/** The JSON Schema (draft 2020-12) of analysis documents, for consumers outside TypeScript. */
export function analysisJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(AnalysisDocument, { target: 'draft-2020-12', io: 'input' }) as Record<
    string,
    unknown
  >;
}
