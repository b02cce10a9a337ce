import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { fromJson } from '../../../db/rows.js';
import type { ServerContext } from '../../../http/context.js';
import { requireRole } from '../../../policies/authorize.js';
import { WorkspaceParams } from '../workspaces/schema.js';
import { AuditPage, AuditQuery } from './schema.js';

/** The audit log: who did what in a workspace, newest first, for its owners. */
export async function auditRoutes(api: FastifyInstance, context: ServerContext): Promise<void> {
  const app = api.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/workspaces/:workspace/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'The workspace’s audit log, newest first (owners only); page with `before`',
        params: WorkspaceParams,
        querystring: AuditQuery,
        response: { 200: AuditPage },
      },
    },
    async (request) => {
      const access = requireRole(request, 'manage');
      const { limit, before, action } = request.query;
      let query = context.db
        .selectFrom('auditEvent')
        .leftJoin('user', 'user.id', 'auditEvent.actorId')
        .select([
          'auditEvent.id',
          'auditEvent.action',
          'auditEvent.targetType',
          'auditEvent.targetId',
          'auditEvent.detail',
          'auditEvent.createdAt',
          'auditEvent.actorId',
          'user.name as actorName',
        ])
        .where('auditEvent.workspaceId', '=', access.workspace.id);
      if (before !== undefined) query = query.where('auditEvent.id', '<', before);
      if (action !== undefined)
        query = action.includes('.')
          ? query.where('auditEvent.action', '=', action)
          : query.where('auditEvent.action', 'like', `${action}.%`);
      // One more than asked tells whether there is an older page.
      const rows = await query
        .orderBy('auditEvent.id', 'desc')
        .limit(limit + 1)
        .execute();
      const page = rows.slice(0, limit);
      const events = page.map((row) => ({
        // PostgreSQL's bigserial arrives as a string.
        id: Number(row.id),
        action: row.action,
        targetType: row.targetType,
        targetId: row.targetId,
        detail: fromJson<Record<string, unknown>>(row.detail),
        createdAt: row.createdAt,
        actor: row.actorId === null ? null : { id: row.actorId, name: row.actorName ?? '' },
      }));
      const last = events.at(-1);
      return { events, next: rows.length > limit && last !== undefined ? last.id : null };
    },
  );
}
