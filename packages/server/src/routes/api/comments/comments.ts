import { didYouMean, indexIds } from '@waymark/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../../commands/recordAudit.js';
import { newId, now } from '../../../db/rows.js';
import type { CommentRow } from '../../../db/schema.js';
import { ApiError } from '../../../http/ApiError.js';
import type { ServerContext } from '../../../http/context.js';
import { documentOf, requireJourney } from '../../../journeys/journeyStore.js';
import { requireRole, type WorkspaceAccess } from '../../../policies/authorize.js';
import { JourneyParams } from '../journeys/schema.js';
import { presentComment, presentComments, requireComment, threadsOf } from './commentStore.js';
import { checkMentions, mentionedIds } from './mentions.js';
import {
  Comment,
  CommentListQuery,
  CommentParams,
  CreateCommentBody,
  EditCommentBody,
  Thread,
} from './schema.js';

/**
 * Comments on a journey or on one of its elements, in threads one level deep. Viewers read them;
 * commenters and above write, reply, resolve and reopen; authors edit and delete their own, and
 * owners delete any.
 */
export async function commentRoutes(api: FastifyInstance, context: ServerContext): Promise<void> {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['comments'];
  const path = '/workspaces/:workspace/journeys/:journey/comments';

  app.get(
    path,
    {
      schema: {
        tags,
        summary: 'A journey’s comment threads (root and replies, oldest first), with filters',
        params: JourneyParams,
        querystring: CommentListQuery,
        response: { 200: z.object({ threads: z.array(Thread) }) },
      },
    },
    async (request) => {
      const access = requireRole(request, 'read');
      const journey = await requireJourney(context.db, access.workspace.id, request.params.journey);
      const rows = await context.db
        .selectFrom('comment')
        .selectAll()
        .where('journeyId', '=', journey.id)
        .where('deletedAt', 'is', null)
        .orderBy('createdAt')
        .orderBy('id')
        .execute();
      const { elementId, resolved } = request.query;
      const threads = threadsOf(await presentComments(context.db, rows)).filter(
        (thread) =>
          (elementId === undefined || thread.elementId === elementId) &&
          (resolved === undefined || (thread.resolvedAt !== null) === (resolved === 'true')),
      );
      return { threads };
    },
  );

  app.post(
    path,
    {
      schema: {
        tags,
        summary: 'Comment on the journey or one of its elements, or reply to a comment',
        params: JourneyParams,
        body: CreateCommentBody,
        response: { 201: Comment },
      },
    },
    async (request, reply) => {
      const access = requireRole(request, 'comment');
      const { body, parentId, mentions } = request.body;
      const row = await context.db.transaction().execute(async (tx) => {
        const journey = await requireJourney(tx, access.workspace.id, request.params.journey);
        let root: CommentRow | undefined;
        if (parentId !== undefined) {
          const parent = await tx
            .selectFrom('comment')
            .selectAll()
            .where('journeyId', '=', journey.id)
            .where('id', '=', parentId)
            .where('deletedAt', 'is', null)
            .executeTakeFirst();
          if (parent === undefined)
            throw ApiError.field(
              'parentId',
              `no comment ${parentId}`,
              `parentId: no comment ${parentId} on journey ${journey.slug}`,
            );
          // Threads are one level deep: a reply to a reply joins its thread's root.
          root = parent.parentId === null ? parent : await requireComment(tx, journey.id, parent.parentId);
        }
        const elementId = request.body.elementId ?? root?.elementId ?? null;
        if (root !== undefined && elementId !== root.elementId)
          throw ApiError.field(
            'elementId',
            `expected ${root.elementId ?? 'none'}`,
            `elementId: a reply belongs to its thread's element (${root.elementId ?? 'the journey'}), not ${elementId}`,
          );
        if (elementId !== null && root === undefined) {
          const ids = indexIds(documentOf(journey));
          if (!ids.has(elementId))
            throw ApiError.field(
              'elementId',
              `no element ${elementId}`,
              `elementId: journey ${journey.slug} has no element with id ${elementId}${didYouMean(elementId, ids.keys())}`,
            );
        }
        const mentioned = mentionedIds(body, mentions);
        await checkMentions(tx, access.workspace.id, access.workspace.slug, mentioned);
        const at = now();
        const comment: CommentRow = {
          id: newId(),
          journeyId: journey.id,
          elementId,
          parentId: root?.id ?? null,
          authorId: access.principal.userId,
          body,
          mentions: JSON.stringify(mentioned),
          createdAt: at,
          updatedAt: at,
          resolvedAt: null,
          resolvedBy: null,
          deletedAt: null,
          importedAuthor: null,
        };
        await tx.insertInto('comment').values(comment).execute();
        await recordAudit(tx, {
          workspaceId: access.workspace.id,
          actorId: access.principal.userId,
          action: 'comment.create',
          targetType: 'comment',
          targetId: comment.id,
          detail: { journey: journey.slug, elementId, parentId: comment.parentId, mentions: mentioned },
        });
        return comment;
      });
      return reply.status(201).send(await presentComment(context.db, row));
    },
  );

  app.patch(
    `${path}/:commentId`,
    {
      schema: {
        tags,
        summary: 'Edit a comment’s text (its author only)',
        params: CommentParams,
        body: EditCommentBody,
        response: { 200: Comment },
      },
    },
    async (request) => {
      const access = requireRole(request, 'comment');
      const row = await context.db.transaction().execute(async (tx) => {
        const { comment } = await findComment(tx, access, request.params);
        if (comment.authorId !== access.principal.userId)
          throw ApiError.forbidden('only its author can edit a comment');
        const mentioned = mentionedIds(request.body.body, request.body.mentions);
        await checkMentions(tx, access.workspace.id, access.workspace.slug, mentioned);
        const changes = { body: request.body.body, mentions: JSON.stringify(mentioned), updatedAt: now() };
        await tx.updateTable('comment').set(changes).where('id', '=', comment.id).execute();
        return { ...comment, ...changes };
      });
      return presentComment(context.db, row);
    },
  );

  for (const [verb, resolve] of [
    ['resolve', true],
    ['reopen', false],
  ] as const)
    app.post(
      `${path}/:commentId/${verb}`,
      {
        schema: {
          tags,
          summary: resolve
            ? 'Resolve a comment’s thread (the whole thread, from any of its comments)'
            : 'Reopen a resolved thread',
          params: CommentParams,
          response: { 200: Comment },
        },
      },
      async (request) => {
        const access = requireRole(request, 'comment');
        const row = await context.db.transaction().execute(async (tx) => {
          const { comment, journeyId, slug } = await findComment(tx, access, request.params);
          const root =
            comment.parentId === null ? comment : await requireComment(tx, journeyId, comment.parentId);
          const changes = resolve
            ? { resolvedAt: now(), resolvedBy: access.principal.userId }
            : { resolvedAt: null, resolvedBy: null };
          await tx.updateTable('comment').set(changes).where('id', '=', root.id).execute();
          await recordAudit(tx, {
            workspaceId: access.workspace.id,
            actorId: access.principal.userId,
            action: resolve ? 'comment.resolve' : 'comment.reopen',
            targetType: 'comment',
            targetId: root.id,
            detail: { journey: slug },
          });
          return { ...root, ...changes };
        });
        return presentComment(context.db, row);
      },
    );

  app.delete(
    `${path}/:commentId`,
    {
      schema: {
        tags,
        summary:
          'Delete a comment (its author, or an owner); deleting a thread’s first comment hides the thread',
        params: CommentParams,
      },
    },
    async (request, reply) => {
      const access = requireRole(request, 'comment');
      await context.db.transaction().execute(async (tx) => {
        const { comment, slug } = await findComment(tx, access, request.params);
        if (comment.authorId !== access.principal.userId && access.role !== 'owner')
          throw ApiError.forbidden('only its author or a workspace owner can delete a comment');
        await tx.updateTable('comment').set({ deletedAt: now() }).where('id', '=', comment.id).execute();
        await recordAudit(tx, {
          workspaceId: access.workspace.id,
          actorId: access.principal.userId,
          action: 'comment.delete',
          targetType: 'comment',
          targetId: comment.id,
          detail: { journey: slug, author: comment.authorId },
        });
      });
      return reply.status(204).send();
    },
  );
}

/** The journey (not deleted) and the comment (not deleted) a request points at. */
async function findComment(
  db: Parameters<typeof requireJourney>[0],
  access: WorkspaceAccess,
  params: { journey: string; commentId: string },
) {
  const journey = await requireJourney(db, access.workspace.id, params.journey);
  const comment = await requireComment(db, journey.id, params.commentId);
  return { comment, journeyId: journey.id, slug: journey.slug };
}
