import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../../../commands/recordAudit.js';
import { type Database, roles } from '../../../db/schema.js';
import { ApiError } from '../../../http/ApiError.js';
import { requireUser, type ServerContext } from '../../../http/context.js';
import { requireRole } from '../../../policies/authorize.js';
import { Member, WorkspaceSlug } from './schema.js';

const MemberParams = z.object({ workspace: WorkspaceSlug, userId: z.string() });

/** Members and their roles. Only owners change them; a workspace always keeps one owner. */
export async function memberRoutes(api: FastifyInstance, context: ServerContext): Promise<void> {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['members'];
  app.get(
    '/workspaces/:workspace/members',
    {
      schema: {
        tags,
        summary: 'Members and their roles',
        params: z.object({ workspace: WorkspaceSlug }),
        response: { 200: z.array(Member) },
      },
    },
    async (request) => {
      const access = requireRole(request, 'read');
      return context.db
        .selectFrom('workspaceMember')
        .innerJoin('user', 'user.id', 'workspaceMember.userId')
        .select([
          'user.id as userId',
          'user.name',
          'user.email',
          'workspaceMember.role',
          'workspaceMember.createdAt as since',
        ])
        .where('workspaceMember.workspaceId', '=', access.workspace.id)
        .orderBy('user.name')
        .execute();
    },
  );
  app.patch(
    '/workspaces/:workspace/members/:userId',
    {
      config: { changesAccess: true },
      schema: {
        tags,
        summary: "Change a member's role (owners)",
        params: MemberParams,
        body: z.object({ role: z.enum(roles) }),
      },
    },
    async (request, reply) => {
      const access = requireRole(request, 'manage');
      await context.db.transaction().execute(async (tx) => {
        const member = await findMember(tx, access.workspace.id, request.params.userId);
        if (member.role === 'owner' && request.body.role !== 'owner')
          await keepAnOwner(tx, access.workspace.id);
        await tx
          .updateTable('workspaceMember')
          .set({ role: request.body.role })
          .where('workspaceId', '=', access.workspace.id)
          .where('userId', '=', request.params.userId)
          .execute();
        await recordAudit(tx, {
          workspaceId: access.workspace.id,
          actorId: access.principal.userId,
          action: 'member.role',
          targetType: 'member',
          targetId: request.params.userId,
          detail: { from: member.role, to: request.body.role },
        });
      });
      return reply.status(204).send();
    },
  );
  app.delete(
    '/workspaces/:workspace/members/:userId',
    {
      config: { changesAccess: true },
      schema: {
        tags,
        summary: 'Remove a member (owners), or leave a workspace (myself)',
        params: MemberParams,
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      const leaving = request.params.userId === principal.userId;
      const access = requireRole(request, leaving ? 'read' : 'manage');
      await context.db.transaction().execute(async (tx) => {
        const member = await findMember(tx, access.workspace.id, request.params.userId);
        if (member.role === 'owner') await keepAnOwner(tx, access.workspace.id);
        await tx
          .deleteFrom('workspaceMember')
          .where('workspaceId', '=', access.workspace.id)
          .where('userId', '=', request.params.userId)
          .execute();
        await recordAudit(tx, {
          workspaceId: access.workspace.id,
          actorId: principal.userId,
          action: leaving ? 'member.leave' : 'member.remove',
          targetType: 'member',
          targetId: request.params.userId,
          detail: { role: member.role },
        });
      });
      return reply.status(204).send();
    },
  );
}

async function findMember(db: Kysely<Database>, workspaceId: string, userId: string) {
  const member = await db
    .selectFrom('workspaceMember')
    .select('role')
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  if (member === undefined) throw ApiError.notFound(`no member ${userId} in this workspace`);
  return member;
}

/** Refuses a change that would leave the workspace without an owner. */
async function keepAnOwner(db: Kysely<Database>, workspaceId: string): Promise<void> {
  // Lock the workspace row (a no-op update) so two owners demoting each other at once are
  // counted one after the other, not both against the same two owners.
  await db
    .updateTable('workspace')
    .set((eb) => ({ name: eb.ref('name') }))
    .where('id', '=', workspaceId)
    .execute();
  const owners = await db
    .selectFrom('workspaceMember')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('workspaceId', '=', workspaceId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  if (Number(owners.count) <= 1)
    throw ApiError.conflict('a workspace must keep at least one owner; make someone else owner first');
}
