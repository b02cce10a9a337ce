import { slugify } from '@waymark/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deleteWorkspace } from '../../../commands/deleteWorkspace.js';
import { recordAudit } from '../../../commands/recordAudit.js';
import { newId, now } from '../../../db/rows.js';
import { ApiError } from '../../../http/ApiError.js';
import { requireUser, type ServerContext } from '../../../http/context.js';
import { requireRole } from '../../../policies/authorize.js';
import { CreateWorkspaceBody, Workspace, WorkspaceParams } from './schema.js';

/** Workspaces: a team's shared space; whoever creates one owns it. */
export async function workspaceRoutes(api: FastifyInstance, context: ServerContext): Promise<void> {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['workspaces'];
  app.get(
    '/workspaces',
    { schema: { tags, summary: 'The workspaces I am a member of', response: { 200: z.array(Workspace) } } },
    async (request) => {
      const principal = requireUser(request);
      return context.db
        .selectFrom('workspaceMember')
        .innerJoin('workspace', 'workspace.id', 'workspaceMember.workspaceId')
        .select(['workspace.slug', 'workspace.name', 'workspaceMember.role', 'workspace.createdAt'])
        .where('workspaceMember.userId', '=', principal.userId)
        .orderBy('workspace.name')
        .execute();
    },
  );
  app.post(
    '/workspaces',
    {
      config: { changesAccess: true },
      schema: {
        tags,
        summary: 'Create a workspace (I become its owner)',
        body: CreateWorkspaceBody,
        response: { 201: Workspace },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      const slug = request.body.slug ?? (slugify(request.body.name) || 'workspace');
      const taken = await context.db
        .selectFrom('workspace')
        .select('id')
        .where('slug', '=', slug)
        .executeTakeFirst();
      if (taken !== undefined)
        throw ApiError.conflict(`the workspace address ${slug} is taken; choose another slug`);
      const workspace = {
        id: newId(),
        slug,
        name: request.body.name,
        createdAt: now(),
        createdBy: principal.userId,
      };
      await context.db.transaction().execute(async (tx) => {
        await tx.insertInto('workspace').values(workspace).execute();
        await tx
          .insertInto('workspaceMember')
          .values({
            workspaceId: workspace.id,
            userId: principal.userId,
            role: 'owner',
            createdAt: workspace.createdAt,
          })
          .execute();
        await recordAudit(tx, {
          workspaceId: workspace.id,
          actorId: principal.userId,
          action: 'workspace.create',
          targetType: 'workspace',
          targetId: slug,
          detail: { name: workspace.name },
        });
      });
      return reply
        .status(201)
        .send({ slug, name: workspace.name, role: 'owner' as const, createdAt: workspace.createdAt });
    },
  );
  app.get(
    '/workspaces/:workspace',
    { schema: { tags, summary: 'One workspace', params: WorkspaceParams, response: { 200: Workspace } } },
    async (request) => {
      const access = requireRole(request, 'read');
      return { ...access.workspace, role: access.role };
    },
  );
  app.patch(
    '/workspaces/:workspace',
    {
      config: { changesAccess: true },
      schema: {
        tags,
        summary: 'Rename a workspace (owners)',
        params: WorkspaceParams,
        body: z.object({ name: z.string().trim().min(1).max(200) }),
        response: { 200: Workspace },
      },
    },
    async (request) => {
      const access = requireRole(request, 'manage');
      await context.db.transaction().execute(async (tx) => {
        await tx
          .updateTable('workspace')
          .set({ name: request.body.name })
          .where('id', '=', access.workspace.id)
          .execute();
        await recordAudit(tx, {
          workspaceId: access.workspace.id,
          actorId: access.principal.userId,
          action: 'workspace.rename',
          targetType: 'workspace',
          targetId: access.workspace.slug,
          detail: { from: access.workspace.name, to: request.body.name },
        });
      });
      return { ...access.workspace, name: request.body.name, role: access.role };
    },
  );
  app.delete(
    '/workspaces/:workspace',
    {
      config: { changesAccess: true },
      schema: {
        tags,
        summary: 'Delete a workspace and everything in it (owners; ?confirm=<slug>)',
        params: WorkspaceParams,
        querystring: z.object({ confirm: z.string().optional() }),
      },
    },
    async (request, reply) => {
      const access = requireRole(request, 'manage');
      if (request.query.confirm !== access.workspace.slug)
        throw ApiError.invalid(
          `deleting a workspace deletes all its journeys; confirm with ?confirm=${access.workspace.slug}`,
        );
      await deleteWorkspace(context, access.workspace.id);
      request.log.warn(
        { workspace: access.workspace.slug, by: access.principal.userId },
        'workspace deleted',
      );
      return reply.status(204).send();
    },
  );
}
