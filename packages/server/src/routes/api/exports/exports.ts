import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApiError } from '../../../http/ApiError.js';
import { contentDisposition } from '../../../http/contentDisposition.js';
import type { ServerContext } from '../../../http/context.js';
import { sendRevision } from '../../../http/revision.js';
import { documentOf, requireJourney } from '../../../journeys/journeyStore.js';
import { requireRole } from '../../../policies/authorize.js';
import { RenderLimit } from '../../../render/renderLimit.js';
import { renderOptions } from '../../../render/renderQuery.js';
import { JourneyParams } from '../journeys/schema.js';
import { exportData, exportFormatIds, isImageFormat, renderImage } from './exportFormats.js';
import { ExportQuery } from './schema.js';

/** A journey drawn (SVG, PNG, PDF) or written in an interchange format, as a download. */
export async function exportRoutes(api: FastifyInstance, context: ServerContext): Promise<void> {
  const app = api.withTypeProvider<ZodTypeProvider>();
  // One limit per app: PNG and PDF are CPU- and memory-heavy (SVG and data exports are not).
  const heavyRenders = new RenderLimit();
  app.get(
    '/workspaces/:workspace/journeys/:journey/export',
    {
      schema: {
        tags: ['journeys'],
        summary:
          'Download a journey as an image (svg, png, pdf) or a data file (csv, md, mermaid, yaml, json, xlsx, ujm)',
        params: JourneyParams,
        querystring: ExportQuery,
      },
    },
    async (request, reply) => {
      const access = requireRole(request, 'read');
      const { format, scale, ...query } = request.query;
      const formats = exportFormatIds();
      const wanted = format.trim().toLowerCase();
      if (!formats.includes(wanted))
        throw ApiError.field(
          'format',
          `expected one of ${formats.join(', ')}`,
          `format: unknown format ${format}; choose one of ${formats.join(', ')}`,
        );
      const row = await requireJourney(context.db, access.workspace.id, request.params.journey);
      const journey = documentOf(row);
      let output: Awaited<ReturnType<typeof renderImage>> | undefined;
      if (isImageFormat(wanted)) {
        const options = renderOptions(journey, query);
        output =
          wanted === 'svg'
            ? await renderImage(journey, wanted, options, scale)
            : await heavyRenders.run(() => renderImage(journey, wanted, options, scale));
      } else output = await exportData(journey, wanted);
      if (output === undefined) throw ApiError.invalid(`format: cannot export to ${format}`);
      sendRevision(reply, row.revision);
      return reply
        .type(output.contentType)
        .header('Content-Disposition', contentDisposition(`${row.slug}.${output.extension}`))
        .header('X-Content-Type-Options', 'nosniff')
        .send(typeof output.body === 'string' ? output.body : Buffer.from(output.body));
    },
  );
}
