import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { minPasswordLength } from '../../../auth/createAuth.js';
import { sendWebResponse } from '../../../auth/webRequest.js';
import { recordAudit } from '../../../commands/recordAudit.js';
import { now } from '../../../db/rows.js';
import { ApiError } from '../../../http/ApiError.js';
import type { ServerContext } from '../../../http/context.js';

export const SetupBody = z.object({
  token: z.string().describe('the one-time setup token the server printed on its first start'),
  name: z.string().trim().min(1).max(200),
  email: z.email(),
  password: z.string().min(minPasswordLength).max(256),
});

/**
 * First run: while no account exists, the server prints a one-time setup link. Its token
 * creates the first account, which becomes owner of every workspace (the sample one).
 * There is no default password.
 */
export async function setupRoutes(api: FastifyInstance, context: ServerContext): Promise<void> {
  const app = api.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/setup',
    {
      schema: {
        tags: ['setup'],
        summary: 'Whether first-run setup is still pending',
        response: { 200: z.object({ pending: z.boolean() }) },
      },
    },
    async () => ({ pending: context.firstRun.token !== undefined }),
  );
  app.post(
    '/setup',
    {
      schema: {
        tags: ['setup'],
        summary: 'Create the first account with the one-time setup token',
        body: SetupBody,
      },
      config: {
        changesAccess: true,
        rateLimit: { max: 10, timeWindow: '1 minute' },
      },
    },
    async (request, reply) => {
      const expected = context.firstRun.token;
      if (expected === undefined) throw ApiError.conflict('Waymark is already set up; sign in instead');
      if (!sameSecret(request.body.token, expected))
        throw ApiError.forbidden(
          'the setup token is not the one the server printed; copy the link from its log again',
        );
      context.firstRun.token = undefined;
      try {
        const response = await context.auth.api.signUpEmail({
          body: { name: request.body.name, email: request.body.email, password: request.body.password },
          asResponse: true,
        });
        if (!response.ok) {
          context.firstRun.token = expected;
          return sendWebResponse(reply, response);
        }
        await makeFirstUserOwner(context, request.body.email);
        return sendWebResponse(reply, response);
      } catch (error) {
        context.firstRun.token = expected;
        throw error;
      }
    },
  );
}

async function makeFirstUserOwner(context: ServerContext, email: string): Promise<void> {
  await context.db.transaction().execute(async (tx) => {
    const user = await tx
      .selectFrom('user')
      .select('id')
      .where('email', '=', email.toLowerCase())
      .executeTakeFirstOrThrow();
    const workspaces = await tx.selectFrom('workspace').select('id').execute();
    for (const workspace of workspaces) {
      await tx
        .insertInto('workspaceMember')
        .values({ workspaceId: workspace.id, userId: user.id, role: 'owner', createdAt: now() })
        .onConflict((oc) => oc.doNothing())
        .execute();
      await recordAudit(tx, {
        workspaceId: workspace.id,
        actorId: user.id,
        action: 'setup.complete',
        targetType: 'member',
        targetId: user.id,
      });
    }
  });
}

/** Compares a guess with the token in constant time (hashing first evens out the lengths). */
function sameSecret(guess: string, token: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(guess), digest(token));
}
