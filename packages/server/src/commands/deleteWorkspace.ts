import { removeWorkspaceDatasets } from '../analytics/datasetFiles.js';
import type { ServerContext } from '../http/context.js';
import { removeSqliteEntries } from '../journeys/searchIndex.js';

/**
 * Deletes a workspace and everything in it, in one transaction: the rows that cascade from it,
 * the search text of its journeys (SQLite's full-text tables have no foreign key) and its audit
 * log (the server log records the deletion), then its dataset files, so nothing of a deleted
 * team lingers.
 */
export async function deleteWorkspace(context: ServerContext, workspaceId: string): Promise<void> {
  await context.db.transaction().execute(async (tx) => {
    const journeys = tx.selectFrom('journey').select('id').where('workspaceId', '=', workspaceId);
    if (context.kind === 'sqlite') await removeSqliteEntries(tx, journeys);
    await tx.deleteFrom('auditEvent').where('workspaceId', '=', workspaceId).execute();
    await tx.deleteFrom('workspace').where('id', '=', workspaceId).execute();
  });
  context.heads.forgetAll();
  await removeWorkspaceDatasets(context.config.dataDir, workspaceId);
}
