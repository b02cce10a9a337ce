import type { DatasetKind } from '@waymark/analytics';
import type { InputSummary } from '@waymark/core';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { fromJson } from '../db/rows.js';
import type { Database, DatasetRow } from '../db/schema.js';
import { ApiError } from '../http/ApiError.js';

/** A dataset as the API shows it. */
export const Dataset = z.object({
  id: z.string(),
  kind: z.enum(['events', 'feedback']),
  name: z.string().describe('the uploaded file’s name'),
  format: z.enum(['csv', 'ndjson', 'parquet', 'xlsx']),
  status: z
    .enum(['loading', 'ready', 'failed'])
    .describe(
      'loading while its rows are read; ready to analyse; failed: the server stopped while loading it',
    ),
  message: z.string().nullable(),
  bytes: z.number().int().describe('size of the upload'),
  rowsTaken: z.number().int(),
  rowsSkipped: z.number().int(),
  skipped: z
    .array(z.object({ line: z.number().int(), reason: z.string() }))
    .describe('the first skipped rows, by their line in the file'),
  columns: z.record(z.string(), z.string()).describe('role → the column that holds it'),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type Dataset = z.infer<typeof Dataset>;

export function presentDataset(row: DatasetRow): Dataset {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    format: row.format as Dataset['format'],
    status: row.status,
    message: row.message,
    bytes: Number(row.bytes),
    rowsTaken: Number(row.rowsTaken),
    rowsSkipped: Number(row.rowsSkipped),
    skipped: fromJson(row.skipped),
    columns: fromJson(row.columns),
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  };
}

/** What loading the dataset gave, in the shape analyses report their inputs. */
export function summaryOf(dataset: Dataset): InputSummary {
  return {
    file: dataset.name,
    format: dataset.format,
    rowsTaken: dataset.rowsTaken,
    rowsSkipped: dataset.rowsSkipped,
    skipped: dataset.skipped,
    columns: dataset.columns,
  };
}

export async function listDatasets(db: Kysely<Database>, workspaceId: string): Promise<DatasetRow[]> {
  return db
    .selectFrom('dataset')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .orderBy('createdAt', 'desc')
    .orderBy('id')
    .execute();
}

/** A dataset of this workspace, or a 404 (ids of other workspaces' datasets say nothing either). */
export async function requireDataset(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
  kind?: DatasetKind,
): Promise<DatasetRow> {
  const row = await db
    .selectFrom('dataset')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (row === undefined) throw ApiError.notFound(`no dataset ${id} in this workspace`);
  if (kind !== undefined && row.kind !== kind)
    throw ApiError.field(kind, `dataset ${id} holds ${row.kind}, not ${kind}`);
  return row;
}
