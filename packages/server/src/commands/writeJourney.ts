import type { Journey } from '@waymark/core';
import type { Kysely } from 'kysely';
import type { Database, JourneyRow } from '../db/schema.js';
import type { ServerContext } from '../http/context.js';
import { staleRevision } from '../http/revision.js';
import {
  documentOf,
  insertJourney,
  type JourneyHead,
  requireJourney,
  requireJourneyHead,
  updateJourney,
} from '../journeys/journeyStore.js';
import type { WorkspaceAccess } from '../policies/authorize.js';
import { recordAudit } from './recordAudit.js';
import { takeVersion } from './takeVersion.js';

/** Creates a journey in a workspace, with its audit line, in one transaction. */
export async function createJourney(
  context: ServerContext,
  access: WorkspaceAccess,
  journey: Journey,
  how: string,
): Promise<JourneyRow> {
  return context.db.transaction().execute(async (tx) => {
    const row = await insertJourney(tx, context.kind, access.workspace.id, journey, access.principal.userId);
    await recordAudit(tx, {
      workspaceId: access.workspace.id,
      actorId: access.principal.userId,
      action: 'journey.create',
      targetType: 'journey',
      targetId: journey.id,
      detail: { title: journey.title, how },
    });
    if (journey.status === 'published')
      await takeVersion(
        tx,
        row,
        `Published ${row.createdAt.slice(0, 10)}`,
        'publish',
        access.principal.userId,
      );
    return row;
  });
}

/**
 * Writes a new document for a journey at `expectedRevision` (409 when stale). Publishing takes a
 * version automatically. `change` builds the new document from the current one, inside the
 * transaction, so fine-grained edits apply to exactly the revision they were checked against; a
 * whole new document (a PUT) is passed as it is, and the current one is then not even read.
 * `after` runs in the same transaction, for writes that belong with the change.
 */
export async function changeJourney(
  context: ServerContext,
  access: WorkspaceAccess,
  slug: string,
  expectedRevision: number,
  change: Journey | ((current: Journey) => Journey),
  action: string,
  detail: Readonly<Record<string, unknown>> = {},
  after?: (tx: Kysely<Database>, saved: JourneyRow) => Promise<void>,
): Promise<JourneyRow> {
  let written: Journey | undefined;
  const saved = await context.db.transaction().execute(async (tx) => {
    const atRevision = <Row extends JourneyHead>(row: Row): Row => {
      if (row.revision !== expectedRevision)
        throw staleRevision(`journey ${slug}`, expectedRevision, row.revision);
      return row;
    };
    let row: JourneyHead;
    let journey: Journey;
    if (typeof change === 'function') {
      const full = atRevision(await requireJourney(tx, access.workspace.id, slug));
      row = full;
      journey = change(documentOf(full));
    } else {
      row = atRevision(await requireJourneyHead(tx, access.workspace.id, slug));
      journey = change;
    }
    const saved = await updateJourney(
      tx,
      context.kind,
      row,
      journey,
      expectedRevision,
      access.principal.userId,
    );
    await recordAudit(tx, {
      workspaceId: access.workspace.id,
      actorId: access.principal.userId,
      action,
      targetType: 'journey',
      targetId: slug,
      detail: { revision: saved.revision, ...detail },
    });
    if (journey.status === 'published' && row.status !== 'published')
      await takeVersion(
        tx,
        saved,
        `Published ${saved.updatedAt.slice(0, 10)}`,
        'publish',
        access.principal.userId,
      );
    await after?.(tx, saved);
    written = journey;
    return saved;
  });
  // After the commit and before the answer: this process's next read sees the new revision.
  context.heads.forget(access.workspace.id, slug);
  // After the commit, so people editing live never see a change that did not happen.
  if (written !== undefined) context.live.journeyChanged(access, written, action, saved);
  return saved;
}
