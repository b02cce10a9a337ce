import { mkdir, rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { type DatasetKind, InputError, removeDatasetFile, storeDataset } from '@waymark/analytics';
import { recordAudit } from '../commands/recordAudit.js';
import { newId, now } from '../db/rows.js';
import type { DatasetRow } from '../db/schema.js';
import { ApiError } from '../http/ApiError.js';
import type { ServerContext } from '../http/context.js';
import type { WorkspaceAccess } from '../policies/authorize.js';
import { datasetFile, uploadFile, workspaceDatasetDir } from './datasetFiles.js';
import { receiveUpload } from './receiveUpload.js';
import type { UploadFormat } from './uploadFormat.js';

export interface Upload {
  readonly kind: DatasetKind;
  readonly name: string;
  readonly format: UploadFormat;
  readonly body: Readable;
  readonly declaredLength?: number;
  readonly columns?: Readonly<Record<string, string>>;
  readonly strict: boolean;
  readonly timezone?: string;
}

/** A problem packages/analytics found in a file, said with the upload's name rather than a temp path. */
export function inputProblem(error: InputError, name: string): ApiError {
  const where = error.line === undefined ? name : `${name}:${error.line}`;
  return new ApiError(400, 'invalid-input', `${where}: ${error.problem}`, {
    file: name,
    ...(error.line === undefined ? {} : { line: error.line }),
  });
}

/**
 * Takes an upload into the workspace: the body streamed to disk (size-limited), loaded by
 * packages/analytics into the dataset's own DuckDB file, the raw upload removed. The row is
 * `loading` meanwhile (lists show it), `ready` with its counts and an audit line once loaded; a
 * refused file removes the row and every file, so nothing of it remains.
 */
export async function uploadDataset(
  context: ServerContext,
  access: WorkspaceAccess,
  upload: Upload,
): Promise<DatasetRow> {
  const { dataDir } = context.config;
  const workspaceId = access.workspace.id;
  const id = newId();
  const target = datasetFile(dataDir, workspaceId, id);
  const raw = uploadFile(dataDir, workspaceId, id, upload.format);
  await mkdir(workspaceDatasetDir(dataDir, workspaceId), { recursive: true });
  const bytes = await receiveUpload(
    upload.body,
    upload.declaredLength,
    raw,
    context.config.analyticsMaxUploadBytes,
  );
  try {
    await context.db
      .insertInto('dataset')
      .values({
        id,
        workspaceId,
        kind: upload.kind,
        name: upload.name,
        format: upload.format,
        status: 'loading',
        message: null,
        bytes,
        rowsTaken: 0,
        rowsSkipped: 0,
        skipped: '[]',
        columns: '{}',
        createdBy: access.principal.userId,
        createdAt: now(),
      })
      .execute();
    const summary = await storeDataset({
      kind: upload.kind,
      source: raw,
      target,
      name: upload.name,
      strict: upload.strict,
      ...(upload.columns ? { columns: upload.columns } : {}),
      ...(upload.timezone ? { timezone: upload.timezone } : {}),
    });
    return await context.db.transaction().execute(async (tx) => {
      const row = await tx
        .updateTable('dataset')
        .set({
          status: 'ready',
          rowsTaken: summary.rowsTaken,
          rowsSkipped: summary.rowsSkipped,
          skipped: JSON.stringify(summary.skipped),
          columns: JSON.stringify(summary.columns),
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(tx, {
        workspaceId,
        actorId: access.principal.userId,
        action: 'dataset.upload',
        targetType: 'dataset',
        targetId: id,
        detail: {
          kind: upload.kind,
          name: upload.name,
          bytes,
          rowsTaken: summary.rowsTaken,
          rowsSkipped: summary.rowsSkipped,
        },
      });
      return row;
    });
  } catch (error) {
    await context.db.deleteFrom('dataset').where('id', '=', id).execute();
    await removeDatasetFile(target);
    if (error instanceof InputError) throw inputProblem(error, upload.name);
    if (error instanceof Error && /unknown time zone/.test(error.message))
      throw ApiError.field('timezone', error.message);
    throw error;
  } finally {
    await rm(raw, { force: true });
  }
}

/** Removes a dataset: its row and audit line in one transaction, then its file. */
export async function deleteDataset(
  context: ServerContext,
  access: WorkspaceAccess,
  row: DatasetRow,
): Promise<void> {
  await context.db.transaction().execute(async (tx) => {
    await tx.deleteFrom('dataset').where('id', '=', row.id).execute();
    await recordAudit(tx, {
      workspaceId: access.workspace.id,
      actorId: access.principal.userId,
      action: 'dataset.delete',
      targetType: 'dataset',
      targetId: row.id,
      detail: { kind: row.kind, name: row.name },
    });
  });
  await removeDatasetFile(datasetFile(context.config.dataDir, access.workspace.id, row.id));
}
