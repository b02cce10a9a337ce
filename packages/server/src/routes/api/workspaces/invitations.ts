import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hashToken, looksLikeToken, newSecretToken } from '../../../auth/secretToken.js';
import { recordAudit } from '../../../commands/recordAudit.js';
import { newId, now } from '../../../db/rows.js';
import { roles } from '../../../db/schema.js';
import { ApiError } from '../../../http/ApiError.js';
import { requireUser, type ServerContext } from '../../../http/context.js';
import { requireRole } from '../../../policies/authorize.js';
import { Invitation, WorkspaceParams, WorkspaceSlug } from './schema.js';

const CreateInvitationBody = z.object({
  role: z.enum(roles),
  email: z.email().optional().describe('for your records; anyone holding the link can accept it'),
  expiresInDays: z.number().int().min(1).max(90).default(7),
});

/** Invitations by link: an owner creates one for a role; whoever opens it and signs in joins. */
export async function invitationRoutes(api: FastifyInstance, context: ServerContext): Promise<void> {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['invitations'];
  app.post(
    '/workspaces/:workspace/invitations',
    {
      schema: {
        tags,
        summary: 'Invite someone by link (owners); the link is in this response only',
        params: WorkspaceParams,
        body: CreateInvitationBody,
        response: { 201: z.object({ url: z.string(), token: z.string(), invitation: Invitation }) },
      },
    },
    async (request, reply) => {
      const access = requireRole(request, 'manage');
      const secret = newSecretToken('invitation');
      const createdAt = now();
      const row = {
        id: newId(),
        workspaceId: access.workspace.id,
        role: request.body.role,
        tokenHash: secret.hash,
        email: request.body.email ?? null,
        createdBy: access.principal.userId,
        createdAt,
        expiresAt: new Date(Date.parse(createdAt) + request.body.expiresInDays * 86_400_000).toISOString(),
        acceptedBy: null,
        acceptedAt: null,
        revokedAt: null,
      };
      await context.db.transaction().execute(async (tx) => {
        await tx.insertInto('invitation').values(row).execute();
        await recordAudit(tx, {
          workspaceId: access.workspace.id,
          actorId: access.principal.userId,
          action: 'invitation.create',
          targetType: 'invitation',
          targetId: row.id,
          detail: { role: row.role, email: row.email },
        });
      });
      return reply.status(201).send({
        url: `${context.config.publicUrl}/invite/${secret.token}`,
        token: secret.token,
        invitation: present(row),
      });
    },
  );
  app.get(
    '/workspaces/:workspace/invitations',
    {
      schema: {
        tags,
        summary: 'Open invitations (owners)',
        params: WorkspaceParams,
        response: { 200: z.array(Invitation) },
      },
    },
    async (request) => {
      const access = requireRole(request, 'manage');
      const rows = await context.db
        .selectFrom('invitation')
        .selectAll()
        .where('workspaceId', '=', access.workspace.id)
        .where('revokedAt', 'is', null)
        .where('acceptedAt', 'is', null)
        .orderBy('createdAt', 'desc')
        .execute();
      return rows.map(present);
    },
  );
  app.delete(
    '/workspaces/:workspace/invitations/:invitationId',
    {
      schema: {
        tags,
        summary: 'Revoke an invitation (owners)',
        params: z.object({ workspace: WorkspaceSlug, invitationId: z.string() }),
      },
    },
    async (request, reply) => {
      const access = requireRole(request, 'manage');
      await context.db.transaction().execute(async (tx) => {
        const result = await tx
          .updateTable('invitation')
          .set({ revokedAt: now() })
          .where('id', '=', request.params.invitationId)
          .where('workspaceId', '=', access.workspace.id)
          .where('revokedAt', 'is', null)
          .executeTakeFirst();
        if (result.numUpdatedRows === 0n)
          throw ApiError.notFound(`no open invitation ${request.params.invitationId}`);
        await recordAudit(tx, {
          workspaceId: access.workspace.id,
          actorId: access.principal.userId,
          action: 'invitation.revoke',
          targetType: 'invitation',
          targetId: request.params.invitationId,
        });
      });
      return reply.status(204).send();
    },
  );
  app.get(
    '/invitations/:token',
    {
      schema: {
        tags,
        summary: 'What an invitation link is for (no sign-in needed)',
        params: z.object({ token: z.string() }),
        response: { 200: z.object({ workspace: z.string(), role: z.enum(roles), expiresAt: z.string() }) },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request) => {
      const invitation = await openInvitation(context, request.params.token);
      return { workspace: invitation.workspaceName, role: invitation.role, expiresAt: invitation.expiresAt };
    },
  );
  app.post(
    '/invitations/:token/accept',
    {
      schema: {
        tags,
        summary: 'Join the workspace of an invitation link',
        params: z.object({ token: z.string() }),
      },
      config: {
        changesAccess: true,
        rateLimit: { max: 30, timeWindow: '1 minute' },
      },
    },
    async (request) => {
      const principal = requireUser(request);
      const invitation = await openInvitation(context, request.params.token);
      const member = await context.db
        .selectFrom('workspaceMember')
        .select('role')
        .where('workspaceId', '=', invitation.workspaceId)
        .where('userId', '=', principal.userId)
        .executeTakeFirst();
      if (member !== undefined)
        throw ApiError.conflict(
          `you are already a member of ${invitation.workspaceName} (${member.role}); the invitation is left for someone else`,
        );
      await context.db.transaction().execute(async (tx) => {
        const taken = await tx
          .updateTable('invitation')
          .set({ acceptedAt: now(), acceptedBy: principal.userId })
          .where('id', '=', invitation.id)
          .where('acceptedAt', 'is', null)
          .executeTakeFirst();
        if (taken.numUpdatedRows === 0n) throw ApiError.conflict('this invitation has just been used');
        await tx
          .insertInto('workspaceMember')
          .values({
            workspaceId: invitation.workspaceId,
            userId: principal.userId,
            role: invitation.role,
            createdAt: now(),
          })
          .onConflict((oc) => oc.columns(['workspaceId', 'userId']).doNothing())
          .execute();
        await recordAudit(tx, {
          workspaceId: invitation.workspaceId,
          actorId: principal.userId,
          action: 'invitation.accept',
          targetType: 'member',
          targetId: principal.userId,
          detail: { role: invitation.role },
        });
      });
      return { workspace: invitation.workspaceSlug, role: invitation.role };
    },
  );
}

async function openInvitation(context: ServerContext, token: string) {
  const gone = ApiError.notFound(
    'this invitation link is unknown, used, revoked or expired; ask for a new one',
  );
  if (!looksLikeToken('invitation', token)) throw gone;
  const invitation = await context.db
    .selectFrom('invitation')
    .innerJoin('workspace', 'workspace.id', 'invitation.workspaceId')
    .select([
      'invitation.id',
      'invitation.workspaceId',
      'invitation.role',
      'invitation.expiresAt',
      'invitation.acceptedAt',
      'invitation.revokedAt',
      'workspace.name as workspaceName',
      'workspace.slug as workspaceSlug',
    ])
    .where('invitation.tokenHash', '=', hashToken(token))
    .executeTakeFirst();
  if (invitation === undefined || invitation.acceptedAt !== null || invitation.revokedAt !== null) throw gone;
  if (invitation.expiresAt <= now()) throw gone;
  return invitation;
}

function present(row: {
  id: string;
  role: (typeof roles)[number];
  email: string | null;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
}) {
  return {
    id: row.id,
    role: row.role,
    email: row.email,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    acceptedAt: row.acceptedAt,
  };
}
