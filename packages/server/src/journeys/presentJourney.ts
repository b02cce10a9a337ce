import { z } from 'zod';
import { fromJson } from '../db/rows.js';
import type { JourneyRow } from '../db/schema.js';

/** A journey in lists: what the library shows, without the document. */
export const JourneySummary = z.object({
  id: z.string().describe('the journey document’s id, its address in the API'),
  title: z.string(),
  status: z.string(),
  owner: z.string().nullable(),
  tags: z.array(z.string()),
  personas: z.array(z.string()).describe('the personas’ ids'),
  personaNames: z.array(z.string()).describe('the personas’ names, in the same order'),
  health: z.number().int().nullable().describe('the health score of `…/lint` (0–100), judged today'),
  revision: z.number().int(),
  reviewDue: z.string().nullable(),
  lastReviewed: z.string().nullable().describe('the day of the last review, YYYY-MM-DD'),
  stale: z.boolean().describe('its review is overdue (or it has a cadence and was never reviewed)'),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
  deletedAt: z.string().nullable(),
});
export type JourneySummary = z.infer<typeof JourneySummary>;

export function presentJourney(
  row: Omit<JourneyRow, 'document' | 'workspaceId' | 'createdBy'>,
  today: string = new Date().toISOString().slice(0, 10),
): JourneySummary {
  return {
    id: row.slug,
    title: row.title,
    status: row.status,
    owner: row.owner,
    tags: fromJson<string[]>(row.tags),
    personas: fromJson<string[]>(row.personas),
    personaNames: row.personaNames === null ? [] : fromJson<string[]>(row.personaNames),
    health: row.healthScore,
    revision: row.revision,
    reviewDue: row.reviewDue,
    lastReviewed: row.lastReviewed,
    stale: row.reviewDue !== null && row.reviewDue < today,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
    deletedAt: row.deletedAt,
  };
}
