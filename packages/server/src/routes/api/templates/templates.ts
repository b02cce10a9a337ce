import { templates } from '@waymark/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServerContext } from '../../../http/context.js';
import { requireTemplate, templateJourney } from '../../../journeys/templateJourney.js';

const TemplateSummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  industry: z.string(),
});

/** The journey templates (the same ones `waymark init --template` offers). */
export async function templateRoutes(api: FastifyInstance, _context: ServerContext): Promise<void> {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['templates'];
  app.get(
    '/templates',
    { schema: { tags, summary: 'Every template', response: { 200: z.array(TemplateSummary) } } },
    async () => templates.map(({ id, name, description, industry }) => ({ id, name, description, industry })),
  );
  app.get(
    '/templates/:template',
    { schema: { tags, summary: "A template's journey", params: z.object({ template: z.string() }) } },
    async (request) => templateJourney(requireTemplate(request.params.template)),
  );
}
