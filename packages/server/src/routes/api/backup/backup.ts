import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ArchiveError } from '../../../backup/archive.js';
import { backupWorkspace } from '../../../backup/backupWorkspace.js';
import { restoreWorkspace } from '../../../backup/restoreWorkspace.js';
import { ApiError } from '../../../http/ApiError.js';
import { contentDisposition } from '../../../http/contentDisposition.js';
import { requireUser, type ServerContext } from '../../../http/context.js';
import { authorize } from '../../../policies/authorize.js';
import { WorkspaceParams, WorkspaceSlug } from '../workspaces/schema.js';

const RestoreReport = z.object({
  workspace: z.object({ slug: z.string(), name: z.string() }),
  mode: z
    .enum(['full', 'content-only'])
    .describe(
      'full: the archive carries this server’s signature, members and people restored by email; content-only: everything but identities',
    ),
  signature: z.enum(['verified', 'missing', 'unverified']),
  counts: z.record(z.string(), z.number()),
  membersNotRestored: z.number().int(),
  skippedMembers: z
    .array(z.object({ email: z.string(), role: z.string() }))
    .describe('full restores only: members with no account on this server'),
  revokedShareLinks: z.number().int(),
});

/** The largest archive upload; gzip'd JSON lines are typically a tenth of what they decompress to. */
const restoreBodyLimit = 64 * 1024 * 1024;

/** Backup (a workspace's owner) and restore (anyone signed in, into a new workspace). */
export async function backupRoutes(api: FastifyInstance, context: ServerContext): Promise<void> {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['backup'];
  app.get(
    '/workspaces/:workspace/backup',
    {
      schema: {
        tags,
        summary: 'Download the whole workspace as one signed archive (gzip’d JSON lines; owners only)',
        params: WorkspaceParams,
      },
    },
    async (request, reply) => {
      const access = await authorize(context.db, requireUser(request), request.params.workspace, 'manage');
      const archive = await backupWorkspace(
        context.db,
        context.config.dataDir,
        access.workspace,
        context.backupKey,
      );
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .type('application/gzip')
        .header('content-disposition', contentDisposition(`${access.workspace.slug}-${day}.waymark.gz`))
        .send(Buffer.from(archive));
    },
  );
  app.post(
    '/workspaces/restore',
    {
      schema: {
        tags,
        summary: 'Restore a backup as a new workspace you own (send the archive as application/gzip)',
        querystring: z.object({ slug: WorkspaceSlug.describe('the new workspace’s slug') }),
        response: { 201: RestoreReport },
      },
      bodyLimit: Math.max(
        context.config.bodyLimit,
        Math.min(restoreBodyLimit, context.config.restoreMaxBytes),
      ),
      // Each restore inflates and checks a whole archive: a few a minute per person is plenty.
      config: {
        changesAccess: true,
        rateLimit: {
          max: 5,
          timeWindow: '1 minute',
          keyGenerator: (request) => request.principal?.userId ?? request.ip,
        },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      if (!Buffer.isBuffer(request.body))
        throw ApiError.unsupportedMediaType('send the backup archive as Content-Type: application/gzip');
      try {
        const report = await restoreWorkspace(context, principal, request.query.slug, request.body);
        return reply.status(201).send(report);
      } catch (error) {
        if (error instanceof ArchiveError)
          throw error.status === 413
            ? new ApiError(413, 'too-large', error.message)
            : ApiError.invalid(error.message);
        throw error;
      }
    },
  );
}
