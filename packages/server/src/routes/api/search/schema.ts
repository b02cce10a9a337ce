import { z } from 'zod';
import { WorkspaceSlug } from '../workspaces/schema.js';

export const SearchParams = z.object({ workspace: WorkspaceSlug });

export const SearchQuery = z.object({
  q: z.string().max(500).describe('the words to look for; the last one also matches as a prefix'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const SearchHit = z.object({
  id: z.string(),
  title: z.string(),
  status: z.string(),
  snippet: z
    .string()
    .describe('a short passage around the match with the matched words between « and » (plain text)'),
  rank: z.number().describe('higher is better, comparable within one response'),
});

export const SearchResponse = z.object({ query: z.string(), results: z.array(SearchHit) });
