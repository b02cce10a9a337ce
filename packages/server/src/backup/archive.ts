import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { signArchiveText, verifyArchiveText } from './archiveSignature.js';
import {
  type BackupContents,
  type BackupRecord,
  checkDocument,
  issueOf,
  Manifest,
  type RecordKind,
  RecordProblem,
  recordKinds,
  recordSchemas,
} from './backupRecords.js';

/**
 * A workspace backup: gzip'd JSON lines. The first line is the manifest, then one record per
 * line (`{"kind": "journey", "row": {…}}`), then an `end` line with the number of records — so a
 * truncated archive is refused even when it was cut at a line boundary — and the signature of
 * every byte before it (archiveSignature.ts). Rows keep their original ids; restore gives
 * everything new ids and rewires the references. People are referred to by user id, with
 * `user` records mapping each id to an email, because user ids mean nothing on another server.
 * Binary data travels as base64: an avatar in its record, a dataset's DuckDB file as ordered
 * `datasetChunk` records after its `dataset` record (which holds the file's size and SHA-256).
 *
 * The whole archive is built and read in memory (gzipSync/gunzipSync, and every record is
 * checked before anything is written), so a backup's size is bounded by the restore cap
 * (WAYMARK_RESTORE_MAX_BYTES). The format itself could be streamed — gzip'd lines with an
 * HMAC that can be computed incrementally — should datasets outgrow that.
 *
 * Version 2 added avatars and datasets; version 1 archives have neither and restore as before.
 */
export const backupFormat = 'waymark-workspace-backup';
export const backupFormatVersion = 2;

/** How much an archive may hold once decompressed, unless the server says otherwise. */
export const defaultMaxArchiveBytes = 512 * 1024 * 1024;

/** Whether the archive's signature is this server's: `verified`, absent, or someone else's. */
export type ArchiveSignature = 'verified' | 'missing' | 'unverified';

/** A backup as bytes: the manifest, the records, the signed end line, gzip'd. */
export function writeArchive(
  manifest: Omit<Manifest, 'counts'>,
  contents: BackupContents,
  key: Buffer,
): Uint8Array {
  const counts = Object.fromEntries(recordKinds.map((kind) => [kind, contents[kind].length]));
  const lines = [JSON.stringify({ ...manifest, counts })];
  for (const kind of recordKinds) for (const row of contents[kind]) lines.push(JSON.stringify({ kind, row }));
  const body = `${lines.join('\n')}\n`;
  const end = { kind: 'end', records: lines.length - 1, signature: signArchiveText(key, body) };
  return gzipSync(`${body}${JSON.stringify(end)}\n`);
}

/** Why an archive cannot be restored, in words: a 400, or a 413 when it is too large. */
export class ArchiveError extends Error {
  override readonly name = 'ArchiveError';
  constructor(
    message: string,
    readonly status: 400 | 413 = 400,
  ) {
    super(message);
  }
}

export interface ReadArchiveOptions {
  /** The key this server signs archives with (backupSigningKey). */
  readonly key: Buffer;
  /** The most bytes the archive may decompress to (a gzip bomb is refused, not inflated). */
  readonly maxBytes?: number;
}

export interface ReadArchive {
  readonly manifest: Manifest;
  readonly contents: BackupContents;
  readonly signature: ArchiveSignature;
}

const Envelope = z.object({
  kind: z.string(),
  row: z.unknown().optional(),
  records: z.number().optional(),
  signature: z.string().optional(),
});

/**
 * Reads and checks a whole archive before anything is written: size within the cap, gzip
 * intact, manifest of a known format, every record valid (backupRecords.ts), the end line
 * present, counts as the manifest says, no duplicate that the database would refuse, and every
 * reference (journey, parent comment, member) pointing at a record in the archive. Then says
 * whether the archive carries this server's signature.
 */
export function readArchive(bytes: Uint8Array, options: ReadArchiveOptions): ReadArchive {
  const source = decompress(bytes, options.maxBytes ?? defaultMaxArchiveBytes);
  const rawLines = source.split('\n');
  const lines: { text: string; number: number }[] = [];
  for (const [index, text] of rawLines.entries()) if (text !== '') lines.push({ text, number: index + 1 });
  const parsed = lines.map(({ text, number }) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new ArchiveError(`line ${number} of the backup is not JSON; the archive is damaged`);
    }
  });
  const manifest = Manifest.safeParse(parsed[0]);
  if (!manifest.success)
    throw new ArchiveError(
      `the backup's manifest (line 1) is not one this server reads: ${issueOf(manifest.error)}`,
    );
  const contents = Object.fromEntries(recordKinds.map((kind) => [kind, []])) as unknown as Record<
    RecordKind,
    unknown[]
  >;
  const lineOf = new Map<unknown, number>();
  const seen = new Duplicates();
  let end: { line: number; signature: string | undefined } | undefined;
  for (const [index, value] of parsed.slice(1).entries()) {
    const line = lines[index + 1]?.number ?? index + 2;
    if (end !== undefined)
      throw new ArchiveError(`line ${line}: records after the end line; the archive is damaged`);
    const envelope = Envelope.safeParse(value);
    if (!envelope.success) throw new ArchiveError(`line ${line}: expected {kind, row}`);
    if (envelope.data.kind === 'end') {
      if (envelope.data.records !== parsed.length - 2)
        throw new ArchiveError(
          `the end line counts ${envelope.data.records} records but the archive has ${parsed.length - 2}`,
        );
      end = { line, signature: envelope.data.signature };
      continue;
    }
    const kind = envelope.data.kind as RecordKind;
    if (!Object.hasOwn(recordSchemas, kind))
      throw new ArchiveError(`line ${line}: unknown record kind '${envelope.data.kind}'`);
    const schema: z.ZodType<BackupRecord<typeof kind>> = recordSchemas[kind];
    const row = schema.safeParse(envelope.data.row);
    if (!row.success) throw new ArchiveError(`line ${line} (${kind}): ${issueOf(row.error)}`);
    try {
      const checked = checkDocument(kind, row.data);
      seen.check(kind, checked);
      contents[kind].push(checked);
      lineOf.set(checked, line);
    } catch (error) {
      if (error instanceof RecordProblem)
        throw new ArchiveError(`line ${line} (${kind}): ${error.field}: ${error.message}`);
      throw error;
    }
  }
  if (end === undefined) throw new ArchiveError('the backup ends without its end line: it is truncated');
  const checked = contents as unknown as BackupContents;
  for (const kind of recordKinds) {
    const expected = manifest.data.counts[kind] ?? 0;
    if (checked[kind].length !== expected)
      throw new ArchiveError(
        `the manifest counts ${expected} ${kind} records but the archive has ${checked[kind].length}`,
      );
  }
  checkReferences(checked, (row) => lineOf.get(row) ?? 0);
  return { manifest: manifest.data, contents: checked, signature: signatureOf(rawLines, end, options.key) };
}

function decompress(bytes: Uint8Array, maxBytes: number): string {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes }).toString('utf8');
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE')
      throw new ArchiveError(
        `the backup decompresses to more than ${maxBytes} bytes, the most this server restores (WAYMARK_RESTORE_MAX_BYTES)`,
        413,
      );
    throw new ArchiveError(
      `not a Waymark backup, or truncated: the gzip stream is damaged (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/** Checks the end line's signature over the exact text before it. */
function signatureOf(
  rawLines: readonly string[],
  end: { line: number; signature: string | undefined },
  key: Buffer,
): ArchiveSignature {
  if (end.signature === undefined) return 'missing';
  const signed = `${rawLines.slice(0, end.line - 1).join('\n')}\n`;
  return verifyArchiveText(key, signed, end.signature) ? 'verified' : 'unverified';
}

/** Keys the database holds unique (or restore relies on being unique), per kind. */
const uniqueKeys: { [K in RecordKind]?: { field: string; key: (row: BackupRecord<K>) => string }[] } = {
  user: [{ field: 'id', key: (row) => row.id }],
  member: [{ field: 'userId', key: (row) => row.userId }],
  persona: [
    { field: 'id', key: (row) => row.id },
    { field: 'slug', key: (row) => row.slug },
  ],
  journey: [
    { field: 'id', key: (row) => row.id },
    { field: 'slug', key: (row) => row.slug },
  ],
  version: [
    { field: 'id', key: (row) => row.id },
    { field: 'number', key: (row) => `${row.journeyId}\u0000${row.number}` },
  ],
  comment: [{ field: 'id', key: (row) => row.id }],
  shareLink: [
    { field: 'id', key: (row) => row.id },
    { field: 'tokenHash', key: (row) => row.tokenHash },
  ],
  avatar: [{ field: 'id', key: (row) => row.id }],
  dataset: [{ field: 'id', key: (row) => row.id }],
  datasetChunk: [{ field: 'index', key: (row) => `${row.datasetId}\u0000${row.index}` }],
};

/** Refuses a second record with the same unique key (the database would, with a 500). */
class Duplicates {
  private readonly seen = new Map<string, Set<string>>();

  check<K extends RecordKind>(kind: K, row: BackupRecord<K>): void {
    const keys = (uniqueKeys[kind] ?? []) as { field: string; key: (row: BackupRecord<K>) => string }[];
    for (const { field, key } of keys) {
      const name = `${kind}.${field}`;
      const values = this.seen.get(name) ?? new Set<string>();
      this.seen.set(name, values);
      const value = key(row);
      if (values.has(value)) throw new RecordProblem(field, duplicateMessage(kind, field, row, value));
      values.add(value);
    }
  }
}

function duplicateMessage<K extends RecordKind>(kind: K, field: string, row: BackupRecord<K>, value: string) {
  if (kind === 'version' && field === 'number') {
    const version = row as BackupRecord<'version'>;
    return `a second version ${version.number} of journey ${version.journeyId}`;
  }
  if (kind === 'datasetChunk') {
    const chunk = row as BackupRecord<'datasetChunk'>;
    return `a second chunk ${chunk.index} of dataset ${chunk.datasetId}`;
  }
  return `a second ${kind} with ${field} ${value}`;
}

function checkReferences(contents: BackupContents, lineOf: (row: object) => number): void {
  const journeys = new Set(contents.journey.map((row) => row.id));
  const comments = new Set(contents.comment.map((row) => row.id));
  const users = new Set(contents.user.map((row) => row.id));
  for (const kind of ['version', 'comment', 'shareLink'] as const)
    for (const row of contents[kind])
      if (!journeys.has(row.journeyId))
        throw new ArchiveError(
          `line ${lineOf(row)} (${kind}): journeyId: journey ${row.journeyId} is not in the backup`,
        );
  for (const row of contents.comment)
    if (row.parentId !== null && !comments.has(row.parentId))
      throw new ArchiveError(
        `line ${lineOf(row)} (comment): parentId: comment ${row.parentId} is not in the backup`,
      );
  for (const row of contents.member)
    if (!users.has(row.userId))
      throw new ArchiveError(
        `line ${lineOf(row)} (member): userId: ${row.userId} has no user record in the backup`,
      );
  checkDatasetFiles(contents, lineOf);
}

/** Every ready dataset's chunks are all there, in order, and add up to its file (size and SHA-256). */
function checkDatasetFiles(contents: BackupContents, lineOf: (row: object) => number): void {
  const files = new Map(
    contents.dataset.map((row) => [row.id, { row, next: 0, bytes: 0, hash: createHash('sha256') }]),
  );
  for (const chunk of contents.datasetChunk) {
    const file = files.get(chunk.datasetId);
    if (file === undefined || file.row.fileBytes === null)
      throw new ArchiveError(
        `line ${lineOf(chunk)} (datasetChunk): datasetId: dataset ${chunk.datasetId} ${file === undefined ? 'is not in the backup' : 'has no file'}`,
      );
    if (chunk.index !== file.next)
      throw new ArchiveError(
        `line ${lineOf(chunk)} (datasetChunk): index: expected chunk ${file.next} of dataset ${chunk.datasetId}, found ${chunk.index}`,
      );
    const bytes = Buffer.from(chunk.data, 'base64');
    file.next += 1;
    file.bytes += bytes.length;
    file.hash.update(bytes);
  }
  for (const { row, bytes, hash } of files.values()) {
    if (row.fileBytes === null) continue;
    if (bytes !== row.fileBytes)
      throw new ArchiveError(
        `line ${lineOf(row)} (dataset): fileBytes: the archive holds ${bytes} bytes of dataset ${row.id}'s file, not ${row.fileBytes}`,
      );
    if (hash.digest('hex') !== row.fileSha256)
      throw new ArchiveError(
        `line ${lineOf(row)} (dataset): fileSha256: dataset ${row.id}'s file in the archive is damaged (its SHA-256 differs)`,
      );
  }
}
