import { AnalysisDocument } from '@waymark/core';
import { z } from 'zod';
import { ApiError } from '../../../http/ApiError.js';
import { JourneySummary } from '../../../journeys/presentJourney.js';
import { WorkspaceParams } from '../workspaces/schema.js';

export const DatasetParams = WorkspaceParams.extend({ dataset: z.string().min(1).max(100) });

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a day written as YYYY-MM-DD' });

export const UploadQuery = z.object({
  kind: z
    .enum(['events', 'feedback'])
    .describe('an event log (CSV, NDJSON, Parquet) or a feedback export (CSV, XLSX)'),
  name: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .optional()
    .describe('the file’s name; its extension gives the format when Content-Type does not'),
  map: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .describe(
      'column mapping as the CLI’s --map: role=column, comma-separated or repeated (customer=uid,event=action)',
    ),
  strict: z
    .enum(['true', 'false'])
    .default('false')
    .describe('true: refuse the file at its first malformed row'),
  timezone: z.string().optional().describe('IANA zone of timestamps written without one (default UTC)'),
});

const Period = z.object({ from: Day, to: Day });

export const AnalysisBody = z.object({
  events: z.string().optional().describe('an events dataset id'),
  feedback: z.string().optional().describe('a feedback dataset id'),
  from: Day.optional().describe('first day in scope (UTC, included)'),
  to: Day.optional().describe('last day in scope (UTC, included)'),
  persona: z.string().optional().describe('only customers of this persona of the journey'),
  compare: z.object({ before: Period, after: Period }).optional().describe('two periods to compare'),
});

export const AcceptBody = z.object({
  analysis: AnalysisDocument.describe('the analysis document, as POST …/analysis answered it'),
  items: z
    .union([z.literal('all'), z.array(z.string()).min(1)])
    .describe('"all", or ids of core’s acceptableItems: S1… (suggestions), M1… (measurements)'),
});

export const AcceptAnswer = z.object({
  journey: JourneySummary,
  accepted: z.array(
    z.object({ id: z.string(), kind: z.enum(['insight', 'painPoint', 'measurement']), summary: z.string() }),
  ),
});

/** `map` as the CLI's `--map` pairs: role → column. */
export function columnMapping(
  map: string | readonly string[] | undefined,
): Record<string, string> | undefined {
  if (map === undefined) return undefined;
  const pairs = (typeof map === 'string' ? [map] : map).flatMap((part) => part.split(','));
  const mapping: Record<string, string> = {};
  for (const pair of pairs.map((p) => p.trim()).filter((p) => p !== '')) {
    const [role, column] = pair.split('=').map((part) => part.trim());
    if (!role || !column) throw ApiError.field('map', `expected role=column, got '${pair}'`);
    mapping[role] = column;
  }
  return mapping;
}
