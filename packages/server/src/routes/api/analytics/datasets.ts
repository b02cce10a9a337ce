import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Dataset, listDatasets, presentDataset, requireDataset } from '../../../analytics/datasetStore.js';
import { deleteDataset, uploadDataset } from '../../../analytics/uploadDataset.js';
import { uploadFormat } from '../../../analytics/uploadFormat.js';
import { ApiError } from '../../../http/ApiError.js';
import type { ServerContext } from '../../../http/context.js';
import { requireRole } from '../../../policies/authorize.js';
import { WorkspaceParams } from '../workspaces/schema.js';
import { columnMapping, DatasetParams, UploadQuery } from './schema.js';

const tags = ['analytics'];

/**
 * Event logs and feedback exports uploaded to a workspace. The body is the file itself, streamed
 * to disk (never parsed by Fastify, never held in memory), then loaded into a DuckDB file.
 */
export async function datasetRoutes(api: FastifyInstance, context: ServerContext): Promise<void> {
  await api.register(async (scope) => {
    // Every body reaches the handler as the raw stream: the upload route reads it itself.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    const app = scope.withTypeProvider<ZodTypeProvider>();
    app.post(
      '/workspaces/:workspace/datasets',
      {
        schema: {
          tags,
          summary: 'Upload an event log or feedback export (the body is the file; editors and owners)',
          params: WorkspaceParams,
          querystring: UploadQuery,
          response: { 201: Dataset },
        },
      },
      async (request, reply) => {
        const access = requireRole(request, 'edit');
        const { kind, strict, timezone } = request.query;
        const columns = columnMapping(request.query.map);
        const body = request.body as Readable | undefined;
        if (body === undefined || typeof body.on !== 'function')
          throw ApiError.invalid('send the file as the request body');
        const type = request.headers['content-type'];
        const fallback = kind === 'events' ? 'events.csv' : 'feedback.csv';
        const format = uploadFormat(kind, type, request.query.name ?? (type ? '' : fallback));
        const name = request.query.name ?? `${kind}.${format}`;
        const length = request.headers['content-length'];
        const row = await uploadDataset(context, access, {
          kind,
          name,
          format,
          body,
          ...(length === undefined ? {} : { declaredLength: Number(length) }),
          ...(columns ? { columns } : {}),
          strict: strict === 'true',
          ...(timezone ? { timezone } : {}),
        });
        return reply.status(201).send(presentDataset(row));
      },
    );
  });

  const app = api.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/workspaces/:workspace/datasets',
    {
      schema: {
        tags,
        summary: 'List the workspace’s datasets, newest first',
        params: WorkspaceParams,
        response: { 200: z.array(Dataset) },
      },
    },
    async (request) => {
      const access = requireRole(request, 'read');
      return (await listDatasets(context.db, access.workspace.id)).map(presentDataset);
    },
  );
  app.get(
    '/workspaces/:workspace/datasets/:dataset',
    {
      schema: {
        tags,
        summary: 'A dataset: its status, rows taken and skipped (with lines), column mapping',
        params: DatasetParams,
        response: { 200: Dataset },
      },
    },
    async (request) => {
      const access = requireRole(request, 'read');
      return presentDataset(await requireDataset(context.db, access.workspace.id, request.params.dataset));
    },
  );
  app.delete(
    '/workspaces/:workspace/datasets/:dataset',
    {
      schema: { tags, summary: 'Delete a dataset and its stored rows', params: DatasetParams },
    },
    async (request, reply) => {
      const access = requireRole(request, 'edit');
      const row = await requireDataset(context.db, access.workspace.id, request.params.dataset);
      await deleteDataset(context, access, row);
      return reply.status(204).send();
    },
  );
}
