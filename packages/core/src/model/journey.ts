import { z } from 'zod';
import { Gain, Insight, PainPoint } from './findings.js';
import { Persona } from './persona.js';
import { Action, Metric, Opportunity } from './plan.js';
import { Id, IsoDate, Text, TextList } from './primitives.js';
import { Signal } from './signals.js';
import { Path, Stage } from './stage.js';

/** The current version of the journey document format; see migrations.ts. */
export const FORMAT_VERSION = 1;

export const reviewCadences = ['weekly', 'monthly', 'quarterly', 'half-yearly', 'yearly'] as const;
export type ReviewCadence = (typeof reviewCadences)[number];

export const Review = z
  .object({
    cadence: z.enum(reviewCadences).optional(),
    lastReviewed: IsoDate.optional(),
  })
  .strict();

/** The map: one document, the same type in files, the API, the database and the renderer. */
export const Journey = z
  .object({
    formatVersion: z.literal(FORMAT_VERSION).default(FORMAT_VERSION),
    id: Id,
    title: Text,
    objective: Text.optional().describe('why the map exists'),
    description: Text.optional(),
    scope: z.enum(['high-level', 'interaction']).default('high-level'),
    state: z.enum(['current', 'future']).default('current'),
    redesigns: Text.optional().describe(
      'for a future-state map: the current-state journey it redesigns (id or file)',
    ),
    status: z.enum(['draft', 'in-review', 'published']).default('draft'),
    owner: Text.optional(),
    version: Text.optional(),
    tags: TextList,
    review: Review.optional(),
    personas: z.array(Persona).default([]),
    stages: z.array(Stage).default([]),
    paths: z.array(Path).default([]),
    insights: z.array(Insight).default([]),
    painPoints: z.array(PainPoint).default([]),
    gains: z.array(Gain).default([]),
    opportunities: z.array(Opportunity).default([]),
    actions: z.array(Action).default([]),
    metrics: z.array(Metric).default([]),
    signals: z.array(Signal).optional().describe('which events belong to which step or touchpoint'),
  })
  .strict();
export type Journey = z.infer<typeof Journey>;
/** A journey as written, before defaults are applied. */
export type JourneyInput = z.input<typeof Journey>;
export type { Id };
