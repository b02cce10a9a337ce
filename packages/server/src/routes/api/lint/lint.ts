import { lintJourney } from '@waymark/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { now } from '../../../db/rows.js';
import type { ServerContext } from '../../../http/context.js';
import { sendRevision } from '../../../http/revision.js';
import { documentOf, requireJourney } from '../../../journeys/journeyStore.js';
import { requireRole } from '../../../policies/authorize.js';
import { LintParams, LintQuery, LintReportBody } from './schema.js';

/** A journey's lint findings and health score: the report of `waymark lint`. */
export async function lintRoutes(api: FastifyInstance, context: ServerContext): Promise<void> {
  const app = api.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/workspaces/:workspace/journeys/:journey/lint',
    {
      schema: {
        tags: ['journeys'],
        summary: 'Lint a journey: findings with advice, and its health score',
        params: LintParams,
        querystring: LintQuery,
        response: { 200: LintReportBody },
      },
    },
    async (request, reply) => {
      const access = requireRole(request, 'read');
      const row = await requireJourney(context.db, access.workspace.id, request.params.journey);
      sendRevision(reply, row.revision);
      // The server's day in UTC, like the review due dates of the journey list.
      return lintJourney(documentOf(row), { today: request.query.today ?? now().slice(0, 10) });
    },
  );
}
