import { Persona } from '@waymark/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../../commands/recordAudit.js';
import { changeJourney } from '../../../commands/writeJourney.js';
import { now } from '../../../db/rows.js';
import type { Database, PersonaRow } from '../../../db/schema.js';
import { ApiError } from '../../../http/ApiError.js';
import { checkedByCore } from '../../../http/checkedByCore.js';
import type { ServerContext } from '../../../http/context.js';
import { expectedRevision, sendRevision, staleRevision } from '../../../http/revision.js';
import { JourneySummary, presentJourney } from '../../../journeys/presentJourney.js';
import { newPersonaRow } from '../../../personas/personaRow.js';
import { removeUnusedAvatar } from '../../../personas/removeUnusedAvatar.js';
import { requireRole } from '../../../policies/authorize.js';
import { WorkspaceParams } from '../workspaces/schema.js';
import {
  AddPersonaBody,
  AddPersonaParams,
  LibraryPersona,
  PersonaBody,
  PersonaList,
  PersonaParams,
} from './schema.js';

/** A persona body checked by core's schema; every problem named by its field. */
function readPersona(body: unknown): Persona {
  const result = Persona.safeParse(body);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({
    severity: 'error' as const,
    path: issue.path.join('.') || 'body',
    message: issue.message,
  }));
  throw ApiError.invalid(
    `the persona is invalid: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
    errors,
  );
}

function present(row: PersonaRow) {
  return {
    persona: JSON.parse(row.document) as Persona,
    revision: row.revision,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

async function requirePersona(db: Kysely<Database>, workspaceId: string, slug: string): Promise<PersonaRow> {
  const row = await db
    .selectFrom('persona')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (row === undefined) throw ApiError.notFound(`no persona ${slug} in this workspace’s library`);
  return row;
}

/** The workspace's persona library, and copying a library persona into a journey. */
export async function personaRoutes(api: FastifyInstance, context: ServerContext): Promise<void> {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['personas'];

  app.get(
    '/workspaces/:workspace/personas',
    {
      schema: {
        tags,
        summary: 'The workspace’s persona library',
        params: WorkspaceParams,
        response: { 200: PersonaList },
      },
    },
    async (request) => {
      const access = requireRole(request, 'read');
      const rows = await context.db
        .selectFrom('persona')
        .selectAll()
        .where('workspaceId', '=', access.workspace.id)
        .orderBy('name')
        .orderBy('slug')
        .execute();
      return { personas: rows.map(present) };
    },
  );

  app.get(
    '/workspaces/:workspace/personas/:persona',
    {
      schema: {
        tags,
        summary: 'One library persona; ETag is its revision',
        params: PersonaParams,
        response: { 200: LibraryPersona },
      },
    },
    async (request, reply) => {
      const access = requireRole(request, 'read');
      const row = await requirePersona(context.db, access.workspace.id, request.params.persona);
      sendRevision(reply, row.revision);
      return present(row);
    },
  );

  app.post(
    '/workspaces/:workspace/personas',
    {
      schema: {
        tags,
        summary: 'Add a persona to the library (its id must be new in the workspace)',
        params: WorkspaceParams,
        body: PersonaBody,
        response: { 201: LibraryPersona },
      },
      validatorCompiler: checkedByCore,
    },
    async (request, reply) => {
      const access = requireRole(request, 'edit');
      const persona = readPersona(request.body);
      const row = await context.db.transaction().execute(async (tx) => {
        const existing = await tx
          .selectFrom('persona')
          .select('id')
          .where('workspaceId', '=', access.workspace.id)
          .where('slug', '=', persona.id)
          .executeTakeFirst();
        if (existing !== undefined)
          throw ApiError.conflict(
            `the library already has a persona with id ${persona.id}; choose another id or update that one`,
          );
        const created = newPersonaRow(access.workspace.id, persona, now());
        await tx.insertInto('persona').values(created).execute();
        await recordAudit(tx, {
          workspaceId: access.workspace.id,
          actorId: access.principal.userId,
          action: 'persona.create',
          targetType: 'persona',
          targetId: persona.id,
          detail: { name: persona.name },
        });
        return created;
      });
      sendRevision(reply, row.revision);
      return reply.status(201).send(present(row));
    },
  );

  app.put(
    '/workspaces/:workspace/personas/:persona',
    {
      schema: {
        tags,
        summary: 'Replace a library persona; send If-Match with the revision it is based on',
        params: PersonaParams,
        body: PersonaBody,
        response: { 200: LibraryPersona },
      },
      validatorCompiler: checkedByCore,
    },
    async (request, reply) => {
      const access = requireRole(request, 'edit');
      const expected = expectedRevision(request);
      const persona = readPersona(request.body);
      const slug = request.params.persona;
      if (persona.id !== slug)
        throw ApiError.field(
          'id',
          `expected ${slug}, got ${persona.id}`,
          `the persona's id is ${slug} and cannot change; got ${persona.id}`,
        );
      const row = await context.db.transaction().execute(async (tx) => {
        const current = await requirePersona(tx, access.workspace.id, slug);
        if (current.revision !== expected) throw staleRevision(`persona ${slug}`, expected, current.revision);
        const changes = {
          name: persona.name,
          document: JSON.stringify(persona),
          revision: expected + 1,
          updatedAt: now(),
        };
        const result = await tx
          .updateTable('persona')
          .set(changes)
          .where('id', '=', current.id)
          .where('revision', '=', expected)
          .executeTakeFirst();
        if (result.numUpdatedRows === 0n)
          throw staleRevision(`persona ${slug}`, expected, current.revision + 1);
        // A replaced upload is no longer shown by this persona.
        await removeUnusedAvatar(tx, access.workspace.id, JSON.parse(current.document) as Persona);
        await recordAudit(tx, {
          workspaceId: access.workspace.id,
          actorId: access.principal.userId,
          action: 'persona.update',
          targetType: 'persona',
          targetId: slug,
          detail: { revision: changes.revision },
        });
        return { ...current, ...changes };
      });
      sendRevision(reply, row.revision);
      return present(row);
    },
  );

  app.delete(
    '/workspaces/:workspace/personas/:persona',
    {
      schema: {
        tags,
        summary: 'Remove a persona from the library (journeys keep their copies); send If-Match',
        params: PersonaParams,
      },
    },
    async (request, reply) => {
      const access = requireRole(request, 'edit');
      const expected = expectedRevision(request);
      const slug = request.params.persona;
      await context.db.transaction().execute(async (tx) => {
        const current = await requirePersona(tx, access.workspace.id, slug);
        if (current.revision !== expected) throw staleRevision(`persona ${slug}`, expected, current.revision);
        await tx.deleteFrom('persona').where('id', '=', current.id).execute();
        await removeUnusedAvatar(tx, access.workspace.id, JSON.parse(current.document) as Persona);
        await recordAudit(tx, {
          workspaceId: access.workspace.id,
          actorId: access.principal.userId,
          action: 'persona.delete',
          targetType: 'persona',
          targetId: slug,
        });
      });
      return reply.status(204).send();
    },
  );

  app.post(
    '/workspaces/:workspace/journeys/:journey/personas',
    {
      schema: {
        tags,
        summary: 'Copy a library persona into a journey; send If-Match with the journey’s revision',
        params: AddPersonaParams,
        body: AddPersonaBody,
        response: { 200: JourneySummary },
      },
    },
    async (request, reply) => {
      const access = requireRole(request, 'edit');
      const expected = expectedRevision(request);
      const library = await requirePersona(context.db, access.workspace.id, request.body.persona);
      const persona = JSON.parse(library.document) as Persona;
      const row = await changeJourney(
        context,
        access,
        request.params.journey,
        expected,
        (journey) => {
          if (journey.personas.some((existing) => existing.id === persona.id))
            throw ApiError.conflict(`journey ${journey.id} already has a persona ${persona.id}`);
          return { ...journey, personas: [...journey.personas, persona] };
        },
        'journey.persona.add',
        { persona: persona.id },
      );
      sendRevision(reply, row.revision);
      return presentJourney(row);
    },
  );
}
