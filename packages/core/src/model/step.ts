import { z } from 'zod';
import { backed, Id, Text, TextList } from './primitives.js';
import { EventPatterns } from './signals.js';

export const MomentOfTruth = z
  .object({ reason: Text.describe('why this moment decides the customer’s perception') })
  .strict();
export type MomentOfTruth = z.infer<typeof MomentOfTruth>;

/** Where a step meets the company. `channel` is a known channel id (see channels.ts) or any word. */
export const Touchpoint = z
  .object({
    id: Id,
    channel: Text,
    name: Text.optional(),
    online: z.boolean().optional().describe('defaults from the channel'),
    department: Text.optional(),
    momentOfTruth: MomentOfTruth.optional(),
    events: EventPatterns.describe('the events that belong to this touchpoint: names, globs or /regex/'),
    ...backed,
  })
  .strict();
export type Touchpoint = z.infer<typeof Touchpoint>;

/** How one persona feels at one step, from -2 (very negative) to +2 (very positive). */
export const Emotion = z
  .object({
    score: z.number().min(-2).max(2),
    thoughts: TextList,
    ...backed,
  })
  .strict();
export type Emotion = z.infer<typeof Emotion>;

export const blueprintLanes = ['frontstage', 'backstage', 'support', 'systems', 'physical'] as const;
export type BlueprintLane = (typeof blueprintLanes)[number];

/** The service blueprint below the line of visibility (frontstage is above it). */
export const Blueprint = z
  .object({
    frontstage: TextList.describe('employee actions the customer sees'),
    backstage: TextList.describe('employee actions the customer does not see'),
    support: TextList.describe('support processes'),
    systems: TextList.describe('systems and technology'),
    physical: TextList.describe('physical evidence'),
  })
  .strict();
export type Blueprint = z.infer<typeof Blueprint>;

export const emptyBlueprint = (): Blueprint => ({
  frontstage: [],
  backstage: [],
  support: [],
  systems: [],
  physical: [],
});

/** An ordered moment inside a stage: what the customer does. */
export const Step = z
  .object({
    id: Id,
    name: Text,
    description: Text.optional(),
    touchpoints: z.array(Touchpoint).default([]),
    emotions: z.record(Id, Emotion).default({}).describe('per persona id'),
    thoughts: TextList,
    momentOfTruth: MomentOfTruth.optional(),
    blueprint: Blueprint.default(emptyBlueprint),
    detail: Text.optional().describe(
      'a detailed journey for this step: a relative file path or a journey id',
    ),
    events: EventPatterns.describe('the events that belong to this step: names, globs or /regex/'),
    ...backed,
  })
  .strict();
export type Step = z.infer<typeof Step>;
