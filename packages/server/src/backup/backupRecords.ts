import { formatDiagnostic, formatPath, Id, Persona, validateJourney } from '@waymark/core';
import { z } from 'zod';
import { formatsOf } from '../analytics/uploadFormat.js';
import { roles } from '../db/schema.js';
import { avatarMaxBytes, avatarTypes, checkAvatar } from '../personas/avatarImage.js';
import { WorkspaceSlug } from '../routes/api/workspaces/schema.js';

/**
 * The records of a backup archive and the rules each must meet before anything is written.
 * An archive is user input (anyone signed in may restore one), so every column is held to
 * the rules the API holds it to: ids and slugs as the API spells them, documents valid by
 * core's schemas, JSON columns of the shape the code reading them expects, integers that fit
 * the columns, text without control characters where it ends up in headers or one-line UI.
 */

const maxInteger = 2 ** 31 - 1;
const Count = z.number().int().min(0).max(maxInteger);
const Timestamp = z.iso.datetime({
  offset: true,
  message: 'expected an ISO timestamp like 2026-01-02T03:04:05.000Z',
});
const Day = z.iso.date({ message: 'expected a date written as YYYY-MM-DD' });
/** A row id of ours (a UUID here, but any short token from another server). */
const RowId = z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/, {
  message: 'expected an id of up to 100 letters, digits, "-", "_", "." or ":"',
});
/** One line of text: no control characters (no CR/LF), bounded. */
const Line = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[^\p{Cc}]*$/u, { message: 'expected one line of text without control characters' });

function jsonText<T extends z.ZodType>(schema: T, expected: string) {
  return z.string().superRefine((text, context) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      context.addIssue({
        code: 'custom',
        message: `expected ${expected} as JSON text, found text that is not JSON`,
      });
      return;
    }
    const checked = schema.safeParse(value);
    if (!checked.success)
      context.addIssue({ code: 'custom', message: `expected ${expected}: ${issueOf(checked.error)}` });
  });
}
const StringList = jsonText(z.array(z.string().max(1000)).max(10_000), 'a JSON array of strings');
const IdList = jsonText(z.array(RowId).max(10_000), 'a JSON array of ids');
const DetailObject = jsonText(z.record(z.string(), z.unknown()), 'a JSON object');
/** A document column; checked by core's rules per kind (see `checkDocument`). */
const DocumentText = z.string();

export const Manifest = z.object({
  format: z.literal('waymark-workspace-backup'),
  // 1: before avatars and datasets; its archives still restore (they have none of either).
  formatVersion: z.union([z.literal(1), z.literal(2)]),
  createdAt: Timestamp,
  serverVersion: Line(100),
  workspace: z.object({ slug: WorkspaceSlug, name: Line(200).min(1), createdAt: Timestamp }),
  counts: z.record(z.string(), Count),
});
export type Manifest = z.infer<typeof Manifest>;

const UserRecord = z.object({ id: RowId, email: Line(320).min(1), name: Line(200) });
const MemberRecord = z.object({ userId: RowId, role: z.enum(roles), createdAt: Timestamp });
/** Base64 as Buffer.toString('base64') writes it. */
const Base64 = (max: number) =>
  z
    .string()
    .max(Math.ceil(max / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'expected base64 text' });
/** An uploaded persona avatar (personaAvatar); its bytes are checked again on reading. */
const AvatarRecord = z.object({
  id: RowId,
  type: z.enum(avatarTypes),
  size: Count,
  data: Base64(avatarMaxBytes),
  createdAt: Timestamp,
  createdBy: RowId.nullable(),
});
/**
 * An uploaded dataset's row. A `ready` one has its DuckDB file in the archive as `datasetChunk`
 * records, `fileBytes` long with `fileSha256`; a `failed` one has no file. One still loading
 * when the backup was made is not in it (its file is not whole yet).
 */
const DatasetRecord = z
  .object({
    id: RowId,
    kind: z.enum(['events', 'feedback']),
    name: Line(500),
    format: z.enum([...new Set(Object.values(formatsOf).flat())] as [string, ...string[]]),
    status: z.enum(['ready', 'failed']),
    message: z.string().max(10_000).nullable(),
    bytes: z.number().int().min(0),
    rowsTaken: z.number().int().min(0),
    rowsSkipped: z.number().int().min(0),
    skipped: jsonText(
      z.array(z.object({ line: z.number().int(), reason: z.string() })).max(10_000),
      'a JSON array of {line, reason}',
    ),
    columns: jsonText(z.record(z.string(), z.string()), 'a JSON object of role → column'),
    createdBy: RowId.nullable(),
    createdAt: Timestamp,
    fileBytes: z.number().int().min(0).nullable(),
    fileSha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, { message: 'expected a SHA-256 as 64 hex digits' })
      .nullable(),
  })
  .superRefine((row, context) => {
    const hasFile = row.fileBytes !== null && row.fileSha256 !== null;
    if (row.status === 'ready' && !hasFile)
      context.addIssue({ code: 'custom', path: ['fileBytes'], message: 'a ready dataset needs its file' });
    if (row.status === 'failed' && (row.fileBytes !== null || row.fileSha256 !== null))
      context.addIssue({ code: 'custom', path: ['fileBytes'], message: 'a failed dataset has no file' });
  });
/** The largest piece of a dataset file one archive line carries (so no line is huge). */
export const datasetChunkBytes = 1024 * 1024;
/** One piece of a dataset's DuckDB file, in order. */
const DatasetChunkRecord = z.object({
  datasetId: RowId,
  index: Count,
  data: Base64(datasetChunkBytes).min(1),
});
const PersonaRecord = z.object({
  id: RowId,
  slug: Id,
  name: Line(200),
  document: DocumentText,
  revision: Count,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
const JourneyRecord = z.object({
  id: RowId,
  slug: Id,
  title: z.string(),
  status: z.string(),
  owner: z.string().nullable(),
  tags: StringList,
  personas: StringList,
  document: DocumentText,
  revision: Count,
  reviewDue: Day.nullable(),
  createdAt: Timestamp,
  createdBy: RowId.nullable(),
  updatedAt: Timestamp,
  updatedBy: RowId.nullable(),
  deletedAt: Timestamp.nullable(),
});
const VersionRecord = z.object({
  id: RowId,
  journeyId: RowId,
  number: Count,
  name: Line(200),
  reason: Line(100),
  revision: Count,
  document: DocumentText,
  createdAt: Timestamp,
  createdBy: RowId.nullable(),
});
const CommentRecord = z.object({
  id: RowId,
  journeyId: RowId,
  elementId: Id.nullable(),
  parentId: RowId.nullable(),
  authorId: RowId,
  body: z.string().max(10_000),
  mentions: IdList,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  resolvedAt: Timestamp.nullable(),
  resolvedBy: RowId.nullable(),
  deletedAt: Timestamp.nullable(),
  /** Who wrote it, by name, when the author could not be restored (archives restored without trust). */
  importedAuthor: Line(200).nullable().default(null),
});
const ShareLinkRecord = z.object({
  id: RowId,
  journeyId: RowId,
  prefix: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, { message: 'expected a short token prefix' }),
  tokenHash: z.string().regex(/^[A-Za-z0-9_.:-]{1,200}$/, { message: 'expected a token hash' }),
  createdBy: RowId,
  createdAt: Timestamp,
  expiresAt: Timestamp.nullable(),
  revokedAt: Timestamp.nullable(),
});
const Word = z
  .string()
  .regex(/^[a-z][A-Za-z0-9._-]{0,99}$/, { message: 'expected a word like "journey.update"' });
const AuditRecord = z.object({
  actorId: RowId.nullable(),
  action: Word,
  targetType: Word,
  targetId: Line(200).nullable(),
  detail: DetailObject,
  createdAt: Timestamp,
});

/** Every kind of record, in the order they are written and restored (parents before children). */
export const recordSchemas = {
  user: UserRecord,
  member: MemberRecord,
  avatar: AvatarRecord,
  persona: PersonaRecord,
  journey: JourneyRecord,
  version: VersionRecord,
  comment: CommentRecord,
  shareLink: ShareLinkRecord,
  audit: AuditRecord,
  dataset: DatasetRecord,
  datasetChunk: DatasetChunkRecord,
} as const;
export type RecordKind = keyof typeof recordSchemas;
export const recordKinds = Object.keys(recordSchemas) as RecordKind[];
export type BackupRecord<K extends RecordKind> = z.output<(typeof recordSchemas)[K]>;

/** The contents of a backup, record lists by kind. */
export type BackupContents = { [K in RecordKind]: BackupRecord<K>[] };

/** A record that breaks a rule: which field, and how. */
export class RecordProblem extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Checks a record's document by core's rules and returns the record with the document in
 * canonical form (what the API would have stored), so later reads can trust it.
 */
export function checkDocument<K extends RecordKind>(kind: K, row: BackupRecord<K>): BackupRecord<K> {
  if (kind === 'avatar') {
    checkAvatarBytes(row as BackupRecord<'avatar'>);
    return row;
  }
  if (kind !== 'journey' && kind !== 'version' && kind !== 'persona') return row;
  const record = row as BackupRecord<'journey' | 'version' | 'persona'>;
  let value: unknown;
  try {
    value = JSON.parse(record.document);
  } catch {
    throw new RecordProblem('document', 'expected a JSON document, found text that is not JSON');
  }
  if (kind === 'persona') {
    const persona = Persona.safeParse(value);
    if (!persona.success)
      throw new RecordProblem('document', `not a valid persona: ${issueOf(persona.error)}`);
    const slug = (record as BackupRecord<'persona'>).slug;
    if (persona.data.id !== slug)
      throw new RecordProblem('slug', `'${slug}' is not the persona document's id '${persona.data.id}'`);
    return { ...row, document: JSON.stringify(persona.data) };
  }
  const checked = validateJourney(value);
  if (!checked.ok) {
    const first = checked.errors[0];
    throw new RecordProblem(
      'document',
      `not a valid journey: ${first === undefined ? 'invalid' : formatDiagnostic(first)}${checked.errors.length > 1 ? ` (and ${checked.errors.length - 1} more)` : ''}`,
    );
  }
  if (kind === 'journey') {
    const slug = (record as BackupRecord<'journey'>).slug;
    if (checked.journey.id !== slug)
      throw new RecordProblem('slug', `'${slug}' is not the journey document's id '${checked.journey.id}'`);
  }
  return { ...row, document: JSON.stringify(checked.journey) };
}

/** An archived avatar is held to the upload's rules: the bytes are the image its type says. */
function checkAvatarBytes(row: BackupRecord<'avatar'>): void {
  const bytes = Buffer.from(row.data, 'base64');
  if (bytes.length !== row.size)
    throw new RecordProblem('size', `the avatar is ${bytes.length} bytes, not the ${row.size} its size says`);
  const check = checkAvatar(bytes, row.type);
  if (!check.ok) throw new RecordProblem('data', check.message);
}

/** The first issue of a zod error, as `path: message`. */
export function issueOf(error: z.ZodError): string {
  const first = error.issues[0];
  if (first === undefined) return 'invalid';
  const path = formatPath(first.path);
  return `${path === '' ? '' : `${path}: `}${first.message}`;
}
