import { Journey } from '@waymark/core';
import { z } from 'zod';
import { WorkspaceSlug } from '../workspaces/schema.js';

export const JourneyParams = z.object({ workspace: WorkspaceSlug, journey: z.string().min(1).max(200) });

export const JourneyListQuery = z.object({
  status: z.enum(['draft', 'in-review', 'published']).optional(),
  persona: z.string().optional().describe('journeys that include this persona id'),
  owner: z.string().optional(),
  tag: z.string().optional(),
  stale: z.enum(['true', 'false']).optional().describe('true: only maps whose review is overdue'),
  deleted: z.enum(['true', 'false']).optional().describe('true: only deleted (restorable) journeys'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const FromTemplateBody = z.object({
  template: z.string().describe('a template id (GET /api/v1/templates)'),
  id: z.string().optional().describe('the new journey’s id; the template’s own when absent'),
  title: z.string().trim().min(1).optional(),
});

/**
 * The journey document as the OpenAPI document shows it: core's own schema. Bodies are checked
 * by core's validator (the rules of `waymark validate`), which also reads YAML.
 */
export const JourneyDocument = Journey;
