import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { newId, now } from '../../../db/rows.js';
import { ApiError } from '../../../http/ApiError.js';
import type { ServerContext } from '../../../http/context.js';
import { avatarMaxBytes, checkAvatar } from '../../../personas/avatarImage.js';
import { avatarUrl } from '../../../personas/avatarUrl.js';
import { requireRole } from '../../../policies/authorize.js';
import { WorkspaceParams, WorkspaceSlug } from '../workspaces/schema.js';

const AvatarParams = z.object({ workspace: WorkspaceSlug, avatar: z.string().uuid() });

const UploadedAvatar = z.object({
  id: z.string(),
  url: z.string().describe('where the image is served; put it in the persona’s `avatar`'),
  type: z.string(),
  size: z.number().int(),
});

const refusalCodes = { 400: 'invalid', 413: 'too-large', 415: 'unsupported-media-type' } as const;

/**
 * Persona avatars uploaded as images. The body's first bytes decide the type (PNG, JPEG or WebP),
 * the size is capped, and the image is served back with that type, nosniff and a sandboxing CSP,
 * so an upload can never be read by a browser as a page or a script.
 */
export async function avatarRoutes(api: FastifyInstance, context: ServerContext): Promise<void> {
  await api.register(async (scope) => {
    // Any image type reaches the handler as bytes, so a GIF or SVG gets the avatar's own message.
    scope.addContentTypeParser(/^image\//, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    const app = scope.withTypeProvider<ZodTypeProvider>();
    const tags = ['personas'];

    app.post(
      '/workspaces/:workspace/avatars',
      {
        schema: {
          tags,
          summary: `Upload a persona avatar: a PNG, JPEG or WebP image of at most ${avatarMaxBytes / 1024} KB as the body`,
          params: WorkspaceParams,
          response: { 201: UploadedAvatar },
        },
        // A little above the cap, so a slightly larger image gets the avatar's message, not the generic one.
        bodyLimit: avatarMaxBytes * 2,
      },
      async (request, reply) => {
        const access = requireRole(request, 'edit');
        const body = request.body;
        if (!(body instanceof Uint8Array))
          throw ApiError.unsupportedMediaType('send the avatar as image/png, image/jpeg or image/webp bytes');
        const check = checkAvatar(body, request.headers['content-type']);
        if (!check.ok) throw new ApiError(check.status, refusalCodes[check.status], check.message);
        const id = newId();
        await context.db
          .insertInto('personaAvatar')
          .values({
            id,
            workspaceId: access.workspace.id,
            type: check.type,
            size: body.length,
            data: Buffer.from(body).toString('base64'),
            createdAt: now(),
            createdBy: access.principal.userId,
          })
          .execute();
        return reply
          .status(201)
          .send({ id, url: avatarUrl(access.workspace.slug, id), type: check.type, size: body.length });
      },
    );

    app.get(
      '/workspaces/:workspace/avatars/:avatar',
      {
        schema: {
          tags,
          summary: 'An uploaded persona avatar, with the type its bytes were checked to be',
          params: AvatarParams,
        },
      },
      async (request, reply) => {
        const access = requireRole(request, 'read');
        const row = await context.db
          .selectFrom('personaAvatar')
          .select(['type', 'data'])
          .where('workspaceId', '=', access.workspace.id)
          .where('id', '=', request.params.avatar)
          .executeTakeFirst();
        if (row === undefined)
          throw ApiError.notFound(`no avatar ${request.params.avatar} in this workspace`);
        return (
          reply
            .type(row.type)
            .header('X-Content-Type-Options', 'nosniff')
            .header('Content-Security-Policy', "default-src 'none'; sandbox")
            .header('Content-Disposition', 'inline')
            // The id is random and the bytes never change.
            .header('Cache-Control', 'private, max-age=31536000, immutable')
            .send(Buffer.from(row.data, 'base64'))
        );
      },
    );
  });
}
