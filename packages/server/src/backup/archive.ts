import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { roles } from '../db/schema.js';

/**
 * A workspace backup: gzip'd JSON lines. The first line is the manifest, then one record per
 * line (`{"kind": "journey", "row": {…}}`), then an `end` line with the number of records — so a
 * truncated archive is refused even when it was cut at a line boundary. Rows keep their
 * original ids; restore gives everything new ids and rewires the references. People are
 * referred to by user id, with `user` records mapping each id to an email, because user ids
 * mean nothing on another server.
 */
export const backupFormat = 'waymark-workspace-backup';
export const backupFormatVersion = 1;

const text = z.string();
const maybe = z.string().nullable();

export const Manifest = z.object({
  format: z.literal(backupFormat),
  formatVersion: z.literal(backupFormatVersion),
  createdAt: text,
  serverVersion: text,
  workspace: z.object({ slug: text, name: text, createdAt: text }),
  counts: z.record(z.string(), z.number().int().min(0)),
});
export type Manifest = z.infer<typeof Manifest>;

const UserRecord = z.object({ id: text, email: text, name: text });
const MemberRecord = z.object({ userId: text, role: z.enum(roles), createdAt: text });
const PersonaRecord = z.object({
  id: text,
  slug: text,
  name: text,
  document: text,
  revision: z.number().int(),
  createdAt: text,
  updatedAt: text,
});
const JourneyRecord = z.object({
  id: text,
  slug: text,
  title: text,
  status: text,
  owner: maybe,
  tags: text,
  personas: text,
  document: text,
  revision: z.number().int(),
  reviewDue: maybe,
  createdAt: text,
  createdBy: maybe,
  updatedAt: text,
  updatedBy: maybe,
  deletedAt: maybe,
});
const VersionRecord = z.object({
  id: text,
  journeyId: text,
  number: z.number().int(),
  name: text,
  reason: text,
  revision: z.number().int(),
  document: text,
  createdAt: text,
  createdBy: maybe,
});
const CommentRecord = z.object({
  id: text,
  journeyId: text,
  elementId: maybe,
  parentId: maybe,
  authorId: text,
  body: text,
  mentions: text,
  createdAt: text,
  updatedAt: text,
  resolvedAt: maybe,
  resolvedBy: maybe,
  deletedAt: maybe,
});
const ShareLinkRecord = z.object({
  id: text,
  journeyId: text,
  prefix: text,
  tokenHash: text,
  createdBy: text,
  createdAt: text,
  expiresAt: maybe,
  revokedAt: maybe,
});
const AuditRecord = z.object({
  actorId: maybe,
  action: text,
  targetType: text,
  targetId: maybe,
  detail: text,
  createdAt: text,
});

/** Every kind of record, in the order they are written and restored (parents before children). */
export const recordSchemas = {
  user: UserRecord,
  member: MemberRecord,
  persona: PersonaRecord,
  journey: JourneyRecord,
  version: VersionRecord,
  comment: CommentRecord,
  shareLink: ShareLinkRecord,
  audit: AuditRecord,
} as const;
export type RecordKind = keyof typeof recordSchemas;
export const recordKinds = Object.keys(recordSchemas) as RecordKind[];

/** The contents of a backup, record lists by kind. */
export type BackupContents = { [K in RecordKind]: z.infer<(typeof recordSchemas)[K]>[] };

/** A backup as bytes: the manifest, the records, the end line, gzip'd. */
export function writeArchive(manifest: Omit<Manifest, 'counts'>, contents: BackupContents): Uint8Array {
  const counts = Object.fromEntries(recordKinds.map((kind) => [kind, contents[kind].length]));
  const lines = [JSON.stringify({ ...manifest, counts })];
  for (const kind of recordKinds) for (const row of contents[kind]) lines.push(JSON.stringify({ kind, row }));
  lines.push(JSON.stringify({ kind: 'end', records: lines.length - 1 }));
  return gzipSync(`${lines.join('\n')}\n`);
}

/** Why an archive cannot be restored, in words (becomes a 400). */
export class ArchiveError extends Error {
  override readonly name = 'ArchiveError';
}

/**
 * Reads and checks a whole archive before anything is written: gzip intact, manifest of a
 * known format, every record valid, the end line present, counts as the manifest says, and
 * every reference (journey, parent comment) pointing at a record in the archive.
 */
export function readArchive(bytes: Uint8Array): { manifest: Manifest; contents: BackupContents } {
  let source: string;
  try {
    source = gunzipSync(bytes).toString('utf8');
  } catch (error) {
    throw new ArchiveError(
      `not a Waymark backup, or truncated: the gzip stream is damaged (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const lines = source.split('\n').filter((line) => line !== '');
  const parsed = lines.map((line, index) => {
    try {
      return JSON.parse(line) as unknown;
    } catch {
      throw new ArchiveError(`line ${index + 1} of the backup is not JSON; the archive is damaged`);
    }
  });
  const manifest = Manifest.safeParse(parsed[0]);
  if (!manifest.success)
    throw new ArchiveError(
      `the backup's manifest (line 1) is not one this server reads: ${issue(manifest.error)}`,
    );
  const contents = Object.fromEntries(recordKinds.map((kind) => [kind, []])) as unknown as Record<
    RecordKind,
    unknown[]
  >;
  let ended = false;
  for (const [index, value] of parsed.slice(1).entries()) {
    const line = index + 2;
    if (ended) throw new ArchiveError(`line ${line}: records after the end line; the archive is damaged`);
    const envelope = z
      .object({ kind: z.string(), row: z.unknown().optional(), records: z.number().optional() })
      .safeParse(value);
    if (!envelope.success) throw new ArchiveError(`line ${line}: expected {kind, row}`);
    if (envelope.data.kind === 'end') {
      if (envelope.data.records !== parsed.length - 2)
        throw new ArchiveError(
          `the end line counts ${envelope.data.records} records but the archive has ${parsed.length - 2}`,
        );
      ended = true;
      continue;
    }
    const kind = envelope.data.kind as RecordKind;
    const schema = recordSchemas[kind] as z.ZodType | undefined;
    if (schema === undefined)
      throw new ArchiveError(`line ${line}: unknown record kind '${envelope.data.kind}'`);
    const row = schema.safeParse(envelope.data.row);
    if (!row.success) throw new ArchiveError(`line ${line} (${kind}): ${issue(row.error)}`);
    contents[kind].push(row.data);
  }
  if (!ended) throw new ArchiveError('the backup ends without its end line: it is truncated');
  const checked = contents as unknown as BackupContents;
  for (const kind of recordKinds) {
    const expected = manifest.data.counts[kind] ?? 0;
    if (checked[kind].length !== expected)
      throw new ArchiveError(
        `the manifest counts ${expected} ${kind} records but the archive has ${checked[kind].length}`,
      );
  }
  checkReferences(checked);
  return { manifest: manifest.data, contents: checked };
}

function checkReferences(contents: BackupContents): void {
  const journeys = new Set(contents.journey.map((row) => row.id));
  const comments = new Set(contents.comment.map((row) => row.id));
  const users = new Set(contents.user.map((row) => row.id));
  for (const kind of ['version', 'comment', 'shareLink'] as const)
    for (const row of contents[kind])
      if (!journeys.has(row.journeyId))
        throw new ArchiveError(
          `${kind} ${row.id} belongs to journey ${row.journeyId}, which is not in the backup`,
        );
  for (const row of contents.comment)
    if (row.parentId !== null && !comments.has(row.parentId))
      throw new ArchiveError(
        `comment ${row.id} replies to comment ${row.parentId}, which is not in the backup`,
      );
  for (const row of contents.member)
    if (!users.has(row.userId))
      throw new ArchiveError(`member ${row.userId} has no user record in the backup`);
}

function issue(error: z.ZodError): string {
  const first = error.issues[0];
  if (first === undefined) return 'invalid';
  return `${first.path.length > 0 ? `${first.path.join('.')}: ` : ''}${first.message}`;
}
