import { mkdir, open, rename } from 'node:fs/promises';
import { datasetFile, workspaceDatasetDir } from '../analytics/datasetFiles.js';
import type { BackupContents } from './backupRecords.js';

/**
 * Writes the restored datasets' DuckDB files, the archive's chunks in order, each under a temp
 * name renamed once whole (so a half-written file never has a dataset's name). `newIds` maps
 * archived dataset ids to the restored ones. The caller removes the workspace's dataset
 * directory if the restore then fails.
 */
export async function restoreDatasetFiles(
  dataDir: string,
  workspaceId: string,
  contents: Pick<BackupContents, 'dataset' | 'datasetChunk'>,
  newIds: ReadonlyMap<string, string>,
): Promise<void> {
  const chunksOf = new Map<string, string[]>();
  for (const chunk of contents.datasetChunk) {
    const list = chunksOf.get(chunk.datasetId) ?? [];
    list.push(chunk.data);
    chunksOf.set(chunk.datasetId, list);
  }
  if (contents.dataset.some((row) => row.fileBytes !== null))
    await mkdir(workspaceDatasetDir(dataDir, workspaceId), { recursive: true });
  for (const row of contents.dataset) {
    const id = newIds.get(row.id);
    if (row.fileBytes === null || id === undefined) continue;
    const target = datasetFile(dataDir, workspaceId, id);
    const partial = `${target}.restoring`;
    const file = await open(partial, 'w');
    try {
      for (const data of chunksOf.get(row.id) ?? []) await file.write(Buffer.from(data, 'base64'));
    } finally {
      await file.close();
    }
    await rename(partial, target);
  }
}
