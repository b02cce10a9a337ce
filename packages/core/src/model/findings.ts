import { z } from 'zod';
import { backed, Id, IsoDate, Rating, Share, Text } from './primitives.js';

export const insightSources = [
  'survey',
  'interview',
  'analytics',
  'support-ticket',
  'observation',
  'review',
  'social',
  'workshop',
  'other',
] as const;

/** Evidence: a quote, a survey result, a data finding. */
export const Insight = z
  .object({
    id: Id,
    text: Text,
    source: z.enum(insightSources).default('other'),
    date: IsoDate.optional(),
    reference: Text.optional().describe('where to find it: a URL, a file, a ticket number'),
    personas: z.array(Id).default([]),
  })
  .strict();
export type Insight = z.infer<typeof Insight>;

const findingFields = {
  id: Id,
  title: Text,
  description: Text.optional(),
  at: Id.optional().describe('the step or touchpoint it belongs to'),
  severity: Rating.default(3),
  reach: Share.optional().describe('share of customers affected, 0..1'),
  personas: z.array(Id).default([]),
  ...backed,
};

/** Something that hurts the customer. */
export const PainPoint = z.object(findingFields).strict();
export type PainPoint = z.infer<typeof PainPoint>;

/** Something that delights the customer. */
export const Gain = z.object(findingFields).strict();
export type Gain = z.infer<typeof Gain>;
