import { diffJourneys, formatDiff, type Journey } from '@waymark/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../../commands/recordAudit.js';
import { takeVersion } from '../../../commands/takeVersion.js';
import { changeJourney } from '../../../commands/writeJourney.js';
import type { ServerContext } from '../../../http/context.js';
import { expectedRevision, sendRevision } from '../../../http/revision.js';
import { documentOf, requireJourney } from '../../../journeys/journeyStore.js';
import { JourneySummary, presentJourney } from '../../../journeys/presentJourney.js';
import { requireRole } from '../../../policies/authorize.js';
import { sendDocument } from '../journeys/journeys.js';
import { JourneyParams } from '../journeys/schema.js';
import { CreateVersionBody, DiffQuery, Version, VersionParams } from './schema.js';
import { listVersions, presentVersion, requireVersion } from './versionStore.js';

/** Versions: named snapshots of a journey, their documents, diffs between them, and restoring one. */
export async function versionRoutes(api: FastifyInstance, context: ServerContext): Promise<void> {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['versions'];

  app.get(
    '/workspaces/:workspace/journeys/:journey/versions',
    {
      schema: {
        tags,
        summary: 'A journey’s versions, newest first',
        params: JourneyParams,
        response: { 200: z.object({ versions: z.array(Version) }) },
      },
    },
    async (request) => {
      const access = requireRole(request, 'read');
      const row = await requireJourney(context.db, access.workspace.id, request.params.journey);
      return { versions: await listVersions(context.db, row.id) };
    },
  );

  app.post(
    '/workspaces/:workspace/journeys/:journey/versions',
    {
      schema: {
        tags,
        summary: 'Take a named version of the journey as it is now',
        params: JourneyParams,
        body: CreateVersionBody,
        response: { 201: Version },
      },
    },
    async (request, reply) => {
      const access = requireRole(request, 'edit');
      const version = await context.db.transaction().execute(async (tx) => {
        const row = await requireJourney(tx, access.workspace.id, request.params.journey);
        const taken = await takeVersion(tx, row, request.body.name, 'manual', access.principal.userId);
        await recordAudit(tx, {
          workspaceId: access.workspace.id,
          actorId: access.principal.userId,
          action: 'version.create',
          targetType: 'journey',
          targetId: row.slug,
          detail: { version: taken.number, name: taken.name, revision: taken.revision },
        });
        return taken;
      });
      return reply.status(201).send(presentVersion(version, access.principal.name));
    },
  );

  app.get(
    '/workspaces/:workspace/journeys/:journey/versions/:number',
    {
      schema: {
        tags,
        summary: 'The document of one version (JSON, or YAML with Accept: application/yaml)',
        params: VersionParams,
      },
    },
    async (request, reply) => {
      const access = requireRole(request, 'read');
      const row = await requireJourney(context.db, access.workspace.id, request.params.journey);
      const version = await requireVersion(context.db, row.id, row.slug, request.params.number);
      return sendDocument(reply, version.document, request.headers.accept);
    },
  );

  app.get(
    '/workspaces/:workspace/journeys/:journey/diff',
    {
      schema: {
        tags,
        summary: 'What changed between two versions, or a version and the current journey',
        params: JourneyParams,
        querystring: DiffQuery,
      },
    },
    async (request, reply) => {
      const access = requireRole(request, 'read');
      const row = await requireJourney(context.db, access.workspace.id, request.params.journey);
      const side = async (which: string): Promise<Journey> =>
        which === 'current'
          ? documentOf(row)
          : documentOf(await requireVersion(context.db, row.id, row.slug, Number(which)));
      const diff = diffJourneys(await side(request.query.from), await side(request.query.to));
      if (request.query.format === 'text')
        return reply.type('text/plain; charset=utf-8').send(`${formatDiff(diff)}\n`);
      return { from: request.query.from, to: request.query.to, ...diff };
    },
  );

  app.post(
    '/workspaces/:workspace/journeys/:journey/versions/:number/restore',
    {
      schema: {
        tags,
        summary:
          'Make a version’s document the journey’s current one (a new revision; send If-Match) and take a version of it',
        params: VersionParams,
        response: { 200: JourneySummary },
      },
    },
    async (request, reply) => {
      const access = requireRole(request, 'edit');
      const expected = expectedRevision(request);
      const { journey: slug, number } = request.params;
      const current = await requireJourney(context.db, access.workspace.id, slug);
      const version = await requireVersion(context.db, current.id, slug, number);
      const restored = documentOf(version);
      const saved = await changeJourney(
        context,
        access,
        slug,
        expected,
        () => restored,
        'version.restore',
        { version: number },
        async (tx, row) => {
          await takeVersion(tx, row, `Restored version ${number}`, 'restore', access.principal.userId);
        },
      );
      sendRevision(reply, saved.revision);
      return presentJourney(saved);
    },
  );
}
