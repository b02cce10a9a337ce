import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerContext } from '../../../http/context.js';
import { searchJourneys } from '../../../journeys/searchJourneys.js';
import { requireRole } from '../../../policies/authorize.js';
import { SearchParams, SearchQuery, SearchResponse } from './schema.js';

/** Full-text search over a workspace's journeys. */
export async function searchRoutes(api: FastifyInstance, context: ServerContext): Promise<void> {
  const app = api.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/workspaces/:workspace/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Search the workspace’s journeys (titles, steps, thoughts, pain points, personas…)',
        params: SearchParams,
        querystring: SearchQuery,
        response: { 200: SearchResponse },
      },
    },
    async (request) => {
      const access = requireRole(request, 'read');
      const { q, limit } = request.query;
      const results = await searchJourneys(context.db, context.kind, access.workspace.id, q, limit);
      return { query: q, results };
    },
  );
}
