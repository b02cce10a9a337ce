import { renderSvg } from '@waymark/render';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { newSecretToken } from '../../../auth/secretToken.js';
import { recordAudit } from '../../../commands/recordAudit.js';
import { newId, now } from '../../../db/rows.js';
import type { ShareLinkRow } from '../../../db/schema.js';
import { ApiError } from '../../../http/ApiError.js';
import type { ServerContext } from '../../../http/context.js';
import { documentOf, requireJourney } from '../../../journeys/journeyStore.js';
import { requireRole } from '../../../policies/authorize.js';
import { JourneyParams } from '../journeys/schema.js';
import { findSharedJourney } from './findSharedJourney.js';
import {
  CreatedShareLink,
  CreateShareBody,
  SharedJourney,
  SharedTokenParams,
  ShareLink,
  ShareParams,
} from './schema.js';

/** Public routes are open to anyone holding a token: limit how fast tokens can be tried. */
const publicRateLimit = { rateLimit: { max: 120, timeWindow: '1 minute' } };

const day = 24 * 60 * 60 * 1000;

/**
 * Share links: a read-only view of one journey for people without an account. Editors create,
 * list and revoke them; the token is shown once and stored hashed.
 */
export async function shareRoutes(api: FastifyInstance, context: ServerContext): Promise<void> {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['sharing'];
  const path = '/workspaces/:workspace/journeys/:journey/shares';

  app.post(
    path,
    {
      schema: {
        tags,
        summary: 'Create a read-only share link (the token is shown once)',
        params: JourneyParams,
        body: CreateShareBody,
        response: { 201: CreatedShareLink },
      },
    },
    async (request, reply) => {
      const access = requireRole(request, 'edit');
      const secret = newSecretToken('share');
      const { expiresInDays } = request.body;
      const share = await context.db.transaction().execute(async (tx) => {
        const journey = await requireJourney(tx, access.workspace.id, request.params.journey);
        const createdAt = now();
        const row: ShareLinkRow = {
          id: newId(),
          journeyId: journey.id,
          prefix: secret.prefix,
          tokenHash: secret.hash,
          createdBy: access.principal.userId,
          createdAt,
          expiresAt:
            expiresInDays === undefined
              ? null
              : new Date(Date.parse(createdAt) + expiresInDays * day).toISOString(),
          revokedAt: null,
        };
        await tx.insertInto('shareLink').values(row).execute();
        await recordAudit(tx, {
          workspaceId: access.workspace.id,
          actorId: access.principal.userId,
          action: 'share.create',
          targetType: 'journey',
          targetId: journey.slug,
          detail: { share: row.id, prefix: row.prefix, expiresAt: row.expiresAt },
        });
        return row;
      });
      return reply.status(201).send({
        share: presentShare(share),
        token: secret.token,
        url: `${context.config.publicUrl}/s/${secret.token}`,
      });
    },
  );

  app.get(
    path,
    {
      schema: {
        tags,
        summary: 'A journey’s share links, newest first (never their tokens)',
        params: JourneyParams,
        response: { 200: z.object({ shares: z.array(ShareLink) }) },
      },
    },
    async (request) => {
      const access = requireRole(request, 'edit');
      const journey = await requireJourney(context.db, access.workspace.id, request.params.journey);
      const rows = await context.db
        .selectFrom('shareLink')
        .selectAll()
        .where('journeyId', '=', journey.id)
        .orderBy('createdAt', 'desc')
        .execute();
      return { shares: rows.map(presentShare) };
    },
  );

  app.delete(
    `${path}/:shareId`,
    {
      schema: { tags, summary: 'Revoke a share link (at once, for good)', params: ShareParams },
    },
    async (request, reply) => {
      const access = requireRole(request, 'edit');
      await context.db.transaction().execute(async (tx) => {
        const journey = await requireJourney(tx, access.workspace.id, request.params.journey);
        const share = await tx
          .selectFrom('shareLink')
          .selectAll()
          .where('journeyId', '=', journey.id)
          .where('id', '=', request.params.shareId)
          .executeTakeFirst();
        if (share === undefined)
          throw ApiError.notFound(`no share link ${request.params.shareId} on journey ${journey.slug}`);
        if (share.revokedAt !== null) return; // revoking twice changes nothing
        await tx.updateTable('shareLink').set({ revokedAt: now() }).where('id', '=', share.id).execute();
        await recordAudit(tx, {
          workspaceId: access.workspace.id,
          actorId: access.principal.userId,
          action: 'share.revoke',
          targetType: 'journey',
          targetId: journey.slug,
          detail: { share: share.id, prefix: share.prefix },
        });
      });
      return reply.status(204).send();
    },
  );

  app.get(
    '/shared/:token',
    {
      config: publicRateLimit,
      schema: {
        tags,
        summary: 'A shared journey’s document and title (no sign-in: the token is the key)',
        security: [],
        params: SharedTokenParams,
        response: { 200: SharedJourney },
      },
    },
    async (request) => {
      const shared = await findSharedJourney(context.db, request.params.token);
      return { title: shared.title, journey: documentOf(shared) as unknown as Record<string, unknown> };
    },
  );

  app.get(
    '/shared/:token/map.svg',
    {
      config: publicRateLimit,
      schema: {
        tags,
        summary: 'A shared journey’s map as SVG (no sign-in)',
        security: [],
        params: SharedTokenParams,
      },
    },
    async (request, reply) => {
      const shared = await findSharedJourney(context.db, request.params.token);
      return reply
        .type('image/svg+xml; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .send(sharedMap(context, shared));
    },
  );
}

function presentShare(row: ShareLinkRow) {
  return {
    id: row.id,
    prefix: row.prefix,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
  };
}

/** The shared map's SVG, drawn once per revision. */
function sharedMap(
  context: ServerContext,
  shared: { id: string; revision: number; document: string },
): Buffer {
  const cached = context.sharedMaps.get(shared.id, shared.revision);
  if (cached !== undefined) return cached;
  const svg = Buffer.from(renderSvg(documentOf(shared)));
  context.sharedMaps.set(shared.id, shared.revision, svg);
  return svg;
}
