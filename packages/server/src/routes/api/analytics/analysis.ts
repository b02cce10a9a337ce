import { type AcceptableItem, AnalysisDocument, acceptAnalysis } from '@waymark/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { runAnalysis } from '../../../analytics/runAnalysis.js';
import { changeJourney } from '../../../commands/writeJourney.js';
import { ApiError } from '../../../http/ApiError.js';
import type { ServerContext } from '../../../http/context.js';
import { expectedRevision, sendRevision } from '../../../http/revision.js';
import { documentOf, requireJourney } from '../../../journeys/journeyStore.js';
import { presentJourney } from '../../../journeys/presentJourney.js';
import { requireRole } from '../../../policies/authorize.js';
import { JourneyParams } from '../journeys/schema.js';
import { AcceptAnswer, AcceptBody, AnalysisBody } from './schema.js';

const tags = ['analytics'];
/** Analysis documents carry every figure; they get the room a big map has. */
const acceptBodyLimit = 32 * 1024 * 1024;

/** Running analyses of stored datasets over a journey, and accepting what they suggest. */
export async function analysisRoutes(api: FastifyInstance, context: ServerContext): Promise<void> {
  const app = api.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/workspaces/:workspace/journeys/:journey/analysis',
    {
      schema: {
        tags,
        summary: 'Analyse stored datasets over the journey (funnel, paths, DFG, conformance, feedback, …)',
        params: JourneyParams,
        body: AnalysisBody,
        response: { 200: AnalysisDocument },
      },
    },
    async (request) => {
      const access = requireRole(request, 'read');
      const journey = documentOf(
        await requireJourney(context.db, access.workspace.id, request.params.journey),
      );
      return runAnalysis(context, access, journey, request.body);
    },
  );
  app.post(
    '/workspaces/:workspace/journeys/:journey/analysis/accept',
    {
      schema: {
        tags,
        summary:
          'Accept suggestions and measurements of an analysis into the journey (one edit); send If-Match',
        params: JourneyParams,
        body: AcceptBody,
        response: { 200: AcceptAnswer },
      },
      bodyLimit: Math.max(context.config.bodyLimit, acceptBodyLimit),
    },
    async (request, reply) => {
      const access = requireRole(request, 'edit');
      const expected = expectedRevision(request);
      const { analysis, items } = request.body;
      let accepted: readonly AcceptableItem[] = [];
      const row = await changeJourney(
        context,
        access,
        request.params.journey,
        expected,
        (current) => {
          const result = acceptAnalysis(current, analysis, items);
          if (!result.ok) throw ApiError.invalid(`nothing was accepted: ${result.errors.join('; ')}`);
          accepted = result.accepted;
          return result.journey;
        },
        'journey.accept-analysis',
        { items: items === 'all' ? 'all' : items },
      );
      sendRevision(reply, row.revision);
      return { journey: presentJourney(row), accepted: [...accepted] };
    },
  );
}
