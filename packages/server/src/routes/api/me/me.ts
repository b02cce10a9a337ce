import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createApiToken, listApiTokens, revokeApiToken } from '../../../auth/apiTokens.js';
import { roles } from '../../../db/schema.js';
import { requireUser, type ServerContext } from '../../../http/context.js';

const ApiTokenSummary = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().describe('the first characters, to tell tokens apart'),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});

const CreateTokenBody = z.object({
  name: z.string().trim().min(1).max(100).describe('what the token is for, e.g. "CI"'),
  expiresInDays: z.number().int().min(1).max(3650).optional().describe('never expires when absent'),
});

const Me = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  workspaces: z.array(z.object({ slug: z.string(), name: z.string(), role: z.enum(roles) })),
});

/** The signed-in person: who they are, their workspaces, their API tokens, their sessions. */
export async function meRoutes(api: FastifyInstance, context: ServerContext): Promise<void> {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['me'];
  app.get(
    '/me',
    { schema: { tags, summary: 'Who I am and my workspaces', response: { 200: Me } } },
    async (request) => {
      const principal = requireUser(request);
      const workspaces = await context.db
        .selectFrom('workspaceMember')
        .innerJoin('workspace', 'workspace.id', 'workspaceMember.workspaceId')
        .select(['workspace.slug', 'workspace.name', 'workspaceMember.role'])
        .where('workspaceMember.userId', '=', principal.userId)
        .orderBy('workspace.name')
        .execute();
      return { id: principal.userId, name: principal.name, email: principal.email, workspaces };
    },
  );
  app.get(
    '/me/tokens',
    {
      schema: {
        tags,
        summary: 'My API tokens (never the tokens themselves)',
        response: { 200: z.array(ApiTokenSummary) },
      },
    },
    async (request) => listApiTokens(context.db, requireUser(request).userId),
  );
  app.post(
    '/me/tokens',
    {
      schema: {
        tags,
        summary: 'Create an API token; the token is in this response only',
        body: CreateTokenBody,
        response: { 201: z.object({ token: z.string(), summary: ApiTokenSummary }) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      const days = request.body.expiresInDays;
      const expiresAt = days === undefined ? null : new Date(Date.now() + days * 86_400_000).toISOString();
      const created = await createApiToken(context.db, principal.userId, request.body.name, expiresAt);
      return reply.status(201).send(created);
    },
  );
  app.delete(
    '/me/tokens/:tokenId',
    {
      config: { changesAccess: true },
      schema: { tags, summary: 'Revoke an API token', params: z.object({ tokenId: z.string() }) },
    },
    async (request, reply) => {
      await revokeApiToken(context.db, requireUser(request).userId, request.params.tokenId);
      return reply.status(204).send();
    },
  );
  app.post(
    '/me/sign-out-everywhere',
    { schema: { tags, summary: 'End every session of mine, on every device (API tokens stay valid)' } },
    async (request, reply) => {
      const principal = requireUser(request);
      await context.db.deleteFrom('session').where('userId', '=', principal.userId).execute();
      return reply.status(204).send();
    },
  );
}
