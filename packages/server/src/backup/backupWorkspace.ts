import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import { datasetFile } from '../analytics/datasetFiles.js';
import { now } from '../db/rows.js';
import type { Database, DatasetRow, WorkspaceRow } from '../db/schema.js';
import { backupFormat, backupFormatVersion, writeArchive } from './archive.js';
import { type BackupContents, type BackupRecord, datasetChunkBytes } from './backupRecords.js';

/** The server's version, from its package.json, for the manifest. */
function serverVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version?: unknown;
  };
  return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
}

/**
 * Everything of one workspace, as rows (read in one transaction, so they agree with each other),
 * with each ready dataset's DuckDB file from `dataDir` (written once when loaded, never after).
 */
export async function collectWorkspace(
  db: Kysely<Database>,
  dataDir: string,
  workspace: WorkspaceRow,
): Promise<BackupContents> {
  return db.transaction().execute(async (tx) => {
    const members = await tx
      .selectFrom('workspaceMember')
      .select(['userId', 'role', 'createdAt'])
      .where('workspaceId', '=', workspace.id)
      .orderBy('createdAt')
      .orderBy('userId')
      .execute();
    const persona = await tx
      .selectFrom('persona')
      .select(['id', 'slug', 'name', 'document', 'revision', 'createdAt', 'updatedAt'])
      .where('workspaceId', '=', workspace.id)
      .orderBy('slug')
      .execute();
    const journey = await tx
      .selectFrom('journey')
      .selectAll()
      .where('workspaceId', '=', workspace.id)
      .orderBy('slug')
      .execute();
    const journeyIds = journey.map((row) => row.id);
    const some = journeyIds.length > 0;
    const version = some
      ? await tx
          .selectFrom('journeyVersion')
          .selectAll()
          .where('journeyId', 'in', journeyIds)
          .orderBy('journeyId')
          .orderBy('number')
          .execute()
      : [];
    const comment = some
      ? await tx
          .selectFrom('comment')
          .selectAll()
          .where('journeyId', 'in', journeyIds)
          .orderBy('createdAt')
          .orderBy('id')
          .execute()
      : [];
    const shareLink = some
      ? await tx
          .selectFrom('shareLink')
          .selectAll()
          .where('journeyId', 'in', journeyIds)
          .orderBy('createdAt')
          .orderBy('id')
          .execute()
      : [];
    const avatar = await tx
      .selectFrom('personaAvatar')
      .select(['id', 'type', 'size', 'data', 'createdAt', 'createdBy'])
      .where('workspaceId', '=', workspace.id)
      .orderBy('createdAt')
      .orderBy('id')
      .execute();
    // One still loading has no whole file yet; it stays out (see DatasetRecord).
    const datasets = await tx
      .selectFrom('dataset')
      .selectAll()
      .where('workspaceId', '=', workspace.id)
      .where('status', '!=', 'loading')
      .orderBy('createdAt')
      .orderBy('id')
      .execute();
    const { dataset, datasetChunk } = await readDatasets(dataDir, datasets);
    const audit = await tx
      .selectFrom('auditEvent')
      .select(['actorId', 'action', 'targetType', 'targetId', 'detail', 'createdAt'])
      .where('workspaceId', '=', workspace.id)
      .orderBy('id')
      .execute();
    const referenced = new Set<string>();
    const add = (id: string | null) => {
      if (id !== null) referenced.add(id);
    };
    for (const row of members) add(row.userId);
    for (const row of journey) {
      add(row.createdBy);
      add(row.updatedBy);
    }
    for (const row of version) add(row.createdBy);
    for (const row of comment) {
      add(row.authorId);
      add(row.resolvedBy);
    }
    for (const row of shareLink) add(row.createdBy);
    for (const row of audit) add(row.actorId);
    for (const row of avatar) add(row.createdBy);
    for (const row of dataset) add(row.createdBy);
    const user =
      referenced.size === 0
        ? []
        : await tx
            .selectFrom('user')
            .select(['id', 'email', 'name'])
            .where('id', 'in', [...referenced])
            .orderBy('email')
            .execute();
    return {
      user,
      member: members,
      avatar: avatar.map((row) => ({ ...row, type: row.type as BackupRecord<'avatar'>['type'] })),
      persona,
      journey: journey.map(({ workspaceId: _w, ...row }) => row),
      version,
      comment,
      shareLink,
      audit,
      dataset,
      datasetChunk,
    };
  });
}

/** Dataset rows as records, and their files as chunks (a failed one has no file). */
async function readDatasets(
  dataDir: string,
  rows: DatasetRow[],
): Promise<Pick<BackupContents, 'dataset' | 'datasetChunk'>> {
  const dataset: BackupRecord<'dataset'>[] = [];
  const datasetChunk: BackupRecord<'datasetChunk'>[] = [];
  for (const { workspaceId, ...row } of rows) {
    const counts = {
      bytes: Number(row.bytes),
      rowsTaken: Number(row.rowsTaken),
      rowsSkipped: Number(row.rowsSkipped),
    };
    if (row.status !== 'ready') {
      dataset.push({ ...row, ...counts, status: 'failed', fileBytes: null, fileSha256: null });
      continue;
    }
    const file = await readFile(datasetFile(dataDir, workspaceId, row.id));
    dataset.push({
      ...row,
      ...counts,
      status: 'ready',
      fileBytes: file.length,
      fileSha256: createHash('sha256').update(file).digest('hex'),
    });
    for (let index = 0; index * datasetChunkBytes < file.length; index += 1)
      datasetChunk.push({
        datasetId: row.id,
        index,
        data: file.subarray(index * datasetChunkBytes, (index + 1) * datasetChunkBytes).toString('base64'),
      });
  }
  return { dataset, datasetChunk };
}

/** A workspace's backup archive, signed with `key` (see archive.ts for the format). */
export async function backupWorkspace(
  db: Kysely<Database>,
  dataDir: string,
  workspace: WorkspaceRow,
  key: Buffer,
): Promise<Uint8Array> {
  const contents = await collectWorkspace(db, dataDir, workspace);
  return writeArchive(
    {
      format: backupFormat,
      formatVersion: backupFormatVersion,
      createdAt: now(),
      serverVersion: serverVersion(),
      workspace: { slug: workspace.slug, name: workspace.name, createdAt: workspace.createdAt },
    },
    contents,
    key,
  );
}
