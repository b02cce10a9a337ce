import { z } from 'zod';
import { JourneyParams } from '../journeys/schema.js';

export const LintParams = JourneyParams;

export const LintQuery = z.object({
  today: z.iso
    .date({ message: 'expected a date written as YYYY-MM-DD' })
    .optional()
    .describe('the day overdue reviews and actions are judged against (default: today, UTC)'),
});

const Severity = z.enum(['error', 'warning', 'info']);

export const LintReportBody = z.object({
  findings: z.array(
    z.object({
      rule: z.string(),
      severity: Severity,
      message: z.string(),
      advice: z.string(),
      path: z.string().optional(),
      elementId: z.string().optional(),
      category: z.string(),
    }),
  ),
  health: z
    .object({
      score: z.number().int(),
      breakdown: z.array(
        z.object({
          category: z.string(),
          label: z.string(),
          score: z.number(),
          weight: z.number(),
          findings: z.number().int(),
        }),
      ),
    })
    .describe('the journey health score, 0..100, and its categories (docs/lint.md)'),
  counts: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
});
