import { rm } from 'node:fs/promises';
import { removeDatasetFile } from '@waymark/analytics';
import type { ServerContext } from '../http/context.js';
import { datasetFile, uploadFile } from './datasetFiles.js';

/** What a dataset a crash left half-loaded says, so its uploader knows what to do. */
export const interruptedMessage = 'the server stopped while loading this dataset; upload it again';

/**
 * On start, before listening: a dataset still `loading` was being loaded by a server that
 * stopped (no load outlives its process), so it is marked `failed` with the reason, and what
 * the load left on disk — the raw upload, a partial DuckDB file (storeDataset's `.loading`),
 * or a finished one the row never heard of — is removed.
 */
export async function failInterruptedDatasets(context: ServerContext): Promise<number> {
  const interrupted = await context.db
    .updateTable('dataset')
    .set({ status: 'failed', message: interruptedMessage })
    .where('status', '=', 'loading')
    .returning(['id', 'workspaceId', 'format'])
    .execute();
  const { dataDir } = context.config;
  for (const { id, workspaceId, format } of interrupted) {
    const file = datasetFile(dataDir, workspaceId, id);
    await removeDatasetFile(file);
    await removeDatasetFile(`${file}.loading`);
    await rm(uploadFile(dataDir, workspaceId, id, format), { force: true });
  }
  return interrupted.length;
}
