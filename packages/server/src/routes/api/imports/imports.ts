import {
  formatDiagnostic,
  type InterchangeFormat,
  interchangeFormats,
  type Journey,
  validateJourney,
} from '@waymark/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createJourney } from '../../../commands/writeJourney.js';
import { ApiError } from '../../../http/ApiError.js';
import type { ServerContext } from '../../../http/context.js';
import { sendRevision } from '../../../http/revision.js';
import { JourneySummary, presentJourney } from '../../../journeys/presentJourney.js';
import { requireRole } from '../../../policies/authorize.js';
import { WorkspaceParams } from '../workspaces/schema.js';
import { ImportQuery } from './schema.js';

/** The formats a journey can be made from. */
function importFormats(): InterchangeFormat[] {
  return interchangeFormats.filter((format) => format.import !== undefined);
}

/** The request body as the importer wants it: bytes for XLSX, text for the rest. */
function importInput(body: unknown, format: InterchangeFormat): string | Uint8Array {
  if (format.binary) {
    if (body instanceof Uint8Array) return body;
    throw ApiError.invalid(
      `the body must be the ${format.label} file's bytes, sent as Content-Type: application/octet-stream or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`,
    );
  }
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return new TextDecoder('utf-8').decode(body);
  throw ApiError.invalid(`the body must be the ${format.label} file, sent as text`);
}

/** Diagnostics as one sentence, the first few of them with their lines. */
function problems(what: string, errors: Parameters<typeof formatDiagnostic>[0][]): ApiError {
  const shown = errors.slice(0, 3).map(formatDiagnostic).join('; ');
  return ApiError.invalid(
    `${what} (${errors.length} problem${errors.length === 1 ? '' : 's'}): ${shown}${errors.length > 3 ? '; …' : ''}`,
    errors,
  );
}

/** Turning a Mermaid diagram, a spreadsheet, a UJM or journey file into a new journey. */
export async function importRoutes(api: FastifyInstance, context: ServerContext): Promise<void> {
  // Its own scope, so JSON bodies reach core's readers as text and their errors keep line numbers.
  await api.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser(
      ['application/json', 'application/ld+json'],
      { parseAs: 'string' },
      (_request, body, done) => done(null, body),
    );
    const app = scope.withTypeProvider<ZodTypeProvider>();
    app.post(
      '/workspaces/:workspace/imports',
      {
        schema: {
          tags: ['journeys'],
          summary: 'Create a journey from a file: Mermaid, CSV, XLSX, Markdown, UJM, YAML or JSON (the body)',
          params: WorkspaceParams,
          querystring: ImportQuery,
          response: { 201: JourneySummary.extend({ notes: z.array(z.string()) }) },
        },
      },
      async (request, reply) => {
        const access = requireRole(request, 'edit');
        const { format: wanted, id, title } = request.query;
        const formats = importFormats();
        const format = formats.find((candidate) => candidate.id === wanted.trim().toLowerCase());
        const ids = formats.map((candidate) => candidate.id).join(', ');
        if (format?.import === undefined)
          throw ApiError.field(
            'format',
            `expected one of ${ids}`,
            `format: cannot import from ${wanted}; choose one of ${ids}`,
          );
        const input = importInput(request.body, format);
        const result = await format.import(input, { fileName: `upload${format.extensions[0] ?? ''}` });
        if (!result.ok) throw problems(`the ${format.label} file cannot be imported`, result.errors);
        const named: Journey = {
          ...result.journey,
          ...(id === undefined ? {} : { id }),
          ...(title === undefined ? {} : { title }),
        };
        // The overrides (and the importer's own output) meet the same rules as any journey.
        const checked = validateJourney(named);
        if (!checked.ok) throw problems('the imported journey is invalid', checked.errors);
        const row = await createJourney(context, access, checked.journey, `import ${format.id}`);
        sendRevision(reply, row.revision);
        return reply.status(201).send({ ...presentJourney(row), notes: result.notes });
      },
    );
  });
}
