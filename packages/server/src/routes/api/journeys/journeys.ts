import { type Journey, writeJourney } from '@waymark/core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { deleteJourney, restoreJourney } from '../../../commands/deleteJourney.js';
import { changeJourney, createJourney } from '../../../commands/writeJourney.js';
import { now } from '../../../db/rows.js';
import { ApiError } from '../../../http/ApiError.js';
import { checkedByCore } from '../../../http/checkedByCore.js';
import type { ServerContext } from '../../../http/context.js';
import { clientHasRevision, expectedRevision, sendRevision } from '../../../http/revision.js';
import { currentJourneyHead, readDocumentBytes } from '../../../journeys/journeyStore.js';
import { isStale, refreshSummaries } from '../../../journeys/journeySummaryColumns.js';
import { JourneySummary, presentJourney } from '../../../journeys/presentJourney.js';
import { readJourneyBody } from '../../../journeys/readJourneyBody.js';
import { requireTemplate, templateJourney } from '../../../journeys/templateJourney.js';
import { requireRole } from '../../../policies/authorize.js';
import { WorkspaceParams } from '../workspaces/schema.js';
import { FromTemplateBody, JourneyDocument, JourneyListQuery, JourneyParams } from './schema.js';

/** Journeys: list, read (JSON or YAML), create, replace, delete and restore. */
export async function journeyRoutes(api: FastifyInstance, context: ServerContext): Promise<void> {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['journeys'];
  app.get(
    '/workspaces/:workspace/journeys',
    {
      schema: {
        tags,
        summary: 'List journeys, with filters',
        params: WorkspaceParams,
        querystring: JourneyListQuery,
        response: { 200: z.object({ journeys: z.array(JourneySummary), total: z.number().int() }) },
      },
    },
    async (request) => {
      const access = requireRole(request, 'read');
      const q = request.query;
      const today = now().slice(0, 10);
      let query = context.db.selectFrom('journey').where('workspaceId', '=', access.workspace.id);
      query =
        q.deleted === 'true'
          ? query.where('deletedAt', 'is not', null)
          : query.where('deletedAt', 'is', null);
      if (q.status !== undefined) query = query.where('status', '=', q.status);
      if (q.owner !== undefined) query = query.where('owner', '=', q.owner);
      if (q.tag !== undefined) query = query.where(jsonArrayHas('tags', q.tag));
      if (q.persona !== undefined) query = query.where(jsonArrayHas('personas', q.persona));
      if (q.stale === 'true') query = query.where('reviewDue', '<', today);
      if (q.stale === 'false')
        query = query.where((eb) => eb.or([eb('reviewDue', 'is', null), eb('reviewDue', '>=', today)]));
      const total = await query
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      const rows = await query
        .select([
          'id',
          'slug',
          'title',
          'status',
          'owner',
          'tags',
          'personas',
          'personaNames',
          'healthScore',
          'healthDay',
          'lastReviewed',
          'revision',
          'reviewDue',
          'createdAt',
          'updatedAt',
          'updatedBy',
          'deletedAt',
        ])
        .orderBy('updatedAt', 'desc')
        .orderBy('slug')
        .limit(q.limit)
        .offset(q.offset)
        .execute();
      const fresh = await refreshSummaries(
        context.db,
        rows.filter((row) => isStale(row, today)),
        today,
      );
      return {
        journeys: rows.map((row) => presentJourney({ ...row, ...fresh.get(row.id) }, today)),
        total: Number(total.count),
      };
    },
  );

  app.post(
    '/workspaces/:workspace/journeys',
    {
      schema: {
        tags,
        summary: 'Create a journey from its document (JSON, or YAML with Content-Type: application/yaml)',
        params: WorkspaceParams,
        body: JourneyDocument,
        response: { 201: JourneySummary },
      },
      validatorCompiler: checkedByCore,
    },
    async (request, reply) => {
      const access = requireRole(request, 'edit');
      const row = await createJourney(context, access, readJourneyBody(request), 'document');
      sendRevision(reply, row.revision);
      return reply.status(201).send(presentJourney(row));
    },
  );

  app.post(
    '/workspaces/:workspace/journeys/from-template',
    {
      schema: {
        tags,
        summary: 'Create a journey from a template',
        params: WorkspaceParams,
        body: FromTemplateBody,
        response: { 201: JourneySummary },
      },
    },
    async (request, reply) => {
      const access = requireRole(request, 'edit');
      const template = requireTemplate(request.body.template);
      const journey: Journey = {
        ...templateJourney(template),
        ...(request.body.id === undefined ? {} : { id: request.body.id }),
        ...(request.body.title === undefined ? {} : { title: request.body.title }),
      };
      const checked = JourneyDocument.shape.id.safeParse(journey.id);
      if (!checked.success)
        throw ApiError.field(
          'id',
          checked.error.issues[0]?.message ?? 'invalid',
          `id: ${checked.error.issues[0]?.message ?? 'invalid'}`,
        );
      const row = await createJourney(context, access, journey, `template ${template.id}`);
      sendRevision(reply, row.revision);
      return reply.status(201).send(presentJourney(row));
    },
  );

  app.get(
    '/workspaces/:workspace/journeys/:journey',
    {
      schema: {
        tags,
        summary: 'A journey’s document (JSON, or YAML with Accept: application/yaml); ETag is its revision',
        params: JourneyParams,
      },
    },
    async (request, reply) => {
      const access = requireRole(request, 'read');
      const head = await currentJourneyHead(
        context.db,
        context.heads,
        access.workspace.id,
        request.params.journey,
      );
      if (clientHasRevision(request, head.revision)) {
        sendRevision(reply, head.revision);
        return reply.status(304).send();
      }
      const { bytes, revision } = await readDocumentBytes(context.db, context.documents, head);
      sendRevision(reply, revision);
      return sendDocument(reply, bytes, request.headers.accept);
    },
  );

  app.put(
    '/workspaces/:workspace/journeys/:journey',
    {
      schema: {
        tags,
        summary: 'Replace a journey’s document; send If-Match with the revision it is based on',
        params: JourneyParams,
        body: JourneyDocument,
        response: { 200: JourneySummary },
      },
      validatorCompiler: checkedByCore,
    },
    async (request, reply) => {
      const access = requireRole(request, 'edit');
      const expected = expectedRevision(request);
      const journey = readJourneyBody(request);
      const row = await changeJourney(
        context,
        access,
        request.params.journey,
        expected,
        journey,
        'journey.update',
      );
      sendRevision(reply, row.revision);
      return presentJourney(row);
    },
  );

  app.delete(
    '/workspaces/:workspace/journeys/:journey',
    {
      schema: { tags, summary: 'Delete a journey (restorable); send If-Match', params: JourneyParams },
    },
    async (request, reply) => {
      const access = requireRole(request, 'edit');
      const expected = expectedRevision(request);
      await deleteJourney(context, access, request.params.journey, expected);
      return reply.status(204).send();
    },
  );

  app.post(
    '/workspaces/:workspace/journeys/:journey/restore',
    {
      schema: {
        tags,
        summary: 'Bring back a deleted journey',
        params: JourneyParams,
        response: { 200: JourneySummary },
      },
    },
    async (request, reply) => {
      const access = requireRole(request, 'edit');
      const row = await restoreJourney(context, access, request.params.journey);
      sendRevision(reply, row.revision);
      return presentJourney(row);
    },
  );
}

/** Whether a JSON-array-of-strings column holds this value (the same SQL on both engines). */
function jsonArrayHas(column: 'tags' | 'personas', value: string) {
  const pattern = `%${JSON.stringify(value).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`${sql.ref(column)} LIKE ${pattern} ESCAPE '\\'`;
}

/**
 * Sends a stored document as it is (JSON text, or its UTF-8 bytes from the document cache), or as
 * the file format when YAML is asked for.
 */
export function sendDocument(
  reply: FastifyReply,
  document: string | Buffer,
  accept: string | undefined,
): FastifyReply {
  if (accept !== undefined && /\b(application|text)\/(x-)?yaml\b/.test(accept)) {
    const text = typeof document === 'string' ? document : document.toString('utf8');
    return reply.type('application/yaml; charset=utf-8').send(writeJourney(JSON.parse(text) as Journey));
  }
  return reply.type('application/json; charset=utf-8').send(document);
}
