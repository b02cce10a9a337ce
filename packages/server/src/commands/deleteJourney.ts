import { now } from '../db/rows.js';
import type { JourneyRow } from '../db/schema.js';
import { ApiError } from '../http/ApiError.js';
import type { ServerContext } from '../http/context.js';
import { staleRevision } from '../http/revision.js';
import { findJourney, requireJourney } from '../journeys/journeyStore.js';
import { markSearchEntryDeleted } from '../journeys/searchIndex.js';
import type { WorkspaceAccess } from '../policies/authorize.js';
import { recordAudit } from './recordAudit.js';

/**
 * Deletes a journey softly (it can be restored) if it is still at `expectedRevision`. Its share
 * links are revoked: a link shared before a deletion must not come back to life with a restore.
 * The revision goes up, so an editor holding the old one cannot write over the deletion.
 */
export async function deleteJourney(
  context: ServerContext,
  access: WorkspaceAccess,
  slug: string,
  expectedRevision: number,
): Promise<void> {
  await context.db.transaction().execute(async (tx) => {
    const row = await requireJourney(tx, access.workspace.id, slug);
    const at = now();
    const result = await tx
      .updateTable('journey')
      .set({
        deletedAt: at,
        updatedAt: at,
        updatedBy: access.principal.userId,
        revision: expectedRevision + 1,
      })
      .where('id', '=', row.id)
      .where('revision', '=', expectedRevision)
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw staleRevision(`journey ${slug}`, expectedRevision, row.revision);
    await markSearchEntryDeleted(tx, context.kind, row.id, at);
    const revoked = await tx
      .updateTable('shareLink')
      .set({ revokedAt: at })
      .where('journeyId', '=', row.id)
      .where('revokedAt', 'is', null)
      .executeTakeFirst();
    await recordAudit(tx, {
      workspaceId: access.workspace.id,
      actorId: access.principal.userId,
      action: 'journey.delete',
      targetType: 'journey',
      targetId: slug,
      detail: { revision: expectedRevision + 1, revokedShareLinks: Number(revoked.numUpdatedRows) },
    });
  });
  // After the commit and before the answer: this process's next read sees the deletion.
  context.heads.forget(access.workspace.id, slug);
}

/** Brings back a deleted journey as a new revision. */
export async function restoreJourney(
  context: ServerContext,
  access: WorkspaceAccess,
  slug: string,
): Promise<JourneyRow> {
  const restored = await context.db.transaction().execute(async (tx) => {
    const found = await findJourney(tx, access.workspace.id, slug);
    if (found === undefined) throw ApiError.notFound(`no journey ${slug} in this workspace`);
    if (found.deletedAt === null) throw ApiError.conflict(`journey ${found.slug} is not deleted`);
    const changes = {
      deletedAt: null,
      revision: found.revision + 1,
      updatedAt: now(),
      updatedBy: access.principal.userId,
    };
    const result = await tx
      .updateTable('journey')
      .set(changes)
      .where('id', '=', found.id)
      .where('revision', '=', found.revision)
      .where('deletedAt', 'is not', null)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n)
      throw ApiError.conflict(`journey ${slug} changed while it was being restored; try again`);
    await markSearchEntryDeleted(tx, context.kind, found.id, null);
    await recordAudit(tx, {
      workspaceId: access.workspace.id,
      actorId: access.principal.userId,
      action: 'journey.restore',
      targetType: 'journey',
      targetId: found.slug,
      detail: { revision: changes.revision },
    });
    return { ...found, ...changes };
  });
  context.heads.forget(access.workspace.id, slug);
  return restored;
}
