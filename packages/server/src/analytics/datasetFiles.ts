import { rm } from 'node:fs/promises';
import { join } from 'node:path';

// Where a workspace's datasets live on disk: one directory per workspace under
// <data>/analytics/, one DuckDB file per dataset, and the upload itself beside it while it loads.

/** The directory of a workspace's datasets. */
export function workspaceDatasetDir(dataDir: string, workspaceId: string): string {
  return join(dataDir, 'analytics', workspaceId);
}

/** A dataset's DuckDB file. */
export function datasetFile(dataDir: string, workspaceId: string, datasetId: string): string {
  return join(workspaceDatasetDir(dataDir, workspaceId), `${datasetId}.duckdb`);
}

/** The raw upload, kept only while it is loaded; the extension tells the reader its format. */
export function uploadFile(
  dataDir: string,
  workspaceId: string,
  datasetId: string,
  extension: string,
): string {
  return join(workspaceDatasetDir(dataDir, workspaceId), `${datasetId}.upload.${extension}`);
}

/** Removes every dataset file of a workspace (after the workspace itself is deleted). */
export async function removeWorkspaceDatasets(dataDir: string, workspaceId: string): Promise<void> {
  await rm(workspaceDatasetDir(dataDir, workspaceId), { recursive: true, force: true });
}
