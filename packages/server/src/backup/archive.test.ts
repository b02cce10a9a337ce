import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Persona } from '@waymark/core';
import { describe, expect, it } from 'vitest';
import { ArchiveError, readArchive, writeArchive } from './archive.js';
import { backupSigningKey } from './archiveSignature.js';
import type { BackupContents } from './backupRecords.js';

const key = backupSigningKey('a session secret of at least thirty-two characters');
const otherKey = backupSigningKey('another server’s secret, also long enough to use');
const at = '2026-01-02T03:04:05.000Z';
const journeyDocument = (id: string) =>
  JSON.stringify({
    id,
    title: 'Checkout',
    stages: [{ id: 'buy', name: 'Buy', steps: [{ id: 'pay', name: 'Pay' }] }],
  });

/** A small valid workspace: a user, a member, a persona, a journey with a version, a comment, a share link, an audit line. */
function contents(): BackupContents {
  return {
    user: [{ id: 'u1', email: 'ada@example.com', name: 'Ada' }],
    member: [{ userId: 'u1', role: 'owner', createdAt: at }],
    persona: [
      {
        id: 'p1',
        slug: 'shopper',
        name: 'Shopper',
        document: JSON.stringify(Persona.parse({ id: 'shopper', name: 'Shopper' })),
        revision: 1,
        createdAt: at,
        updatedAt: at,
      },
    ],
    journey: [
      {
        id: 'j1',
        slug: 'checkout',
        title: 'Checkout',
        status: 'draft',
        owner: null,
        tags: '[]',
        personas: '[]',
        document: journeyDocument('checkout'),
        revision: 1,
        reviewDue: null,
        createdAt: at,
        createdBy: 'u1',
        updatedAt: at,
        updatedBy: 'u1',
        deletedAt: null,
      },
    ],
    version: [
      {
        id: 'v1',
        journeyId: 'j1',
        number: 1,
        name: 'v1',
        reason: 'manual',
        revision: 1,
        document: journeyDocument('checkout'),
        createdAt: at,
        createdBy: 'u1',
      },
    ],
    comment: [
      {
        id: 'c1',
        journeyId: 'j1',
        elementId: 'pay',
        parentId: null,
        authorId: 'u1',
        body: 'Why?',
        mentions: '["u1"]',
        createdAt: at,
        updatedAt: at,
        resolvedAt: null,
        resolvedBy: null,
        deletedAt: null,
        importedAuthor: null,
      },
    ],
    shareLink: [
      {
        id: 's1',
        journeyId: 'j1',
        prefix: 'wm_share_a',
        tokenHash: 'abc123',
        createdBy: 'u1',
        createdAt: at,
        expiresAt: null,
        revokedAt: null,
      },
    ],
    audit: [
      {
        actorId: 'u1',
        action: 'journey.create',
        targetType: 'journey',
        targetId: 'checkout',
        detail: '{}',
        createdAt: at,
      },
    ],
    // Binary data comes in with `withFiles` (so the line numbers below stay put).
    avatar: [],
    dataset: [],
    datasetChunk: [],
  };
}

// The smallest valid PNG: 1×1, one transparent pixel.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
/** A dataset file's bytes (the archive does not look inside them). */
const duckdb = Buffer.from('not really a DuckDB file, but bytes all the same');

/** Adds an avatar and a ready dataset whose file is in two chunks. */
function withFiles(c: BackupContents): void {
  c.avatar.push({
    id: 'a1',
    type: 'image/png',
    size: png.length,
    data: png.toString('base64'),
    createdAt: at,
    createdBy: 'u1',
  });
  c.dataset.push({
    id: 'd1',
    kind: 'events',
    name: 'events.csv',
    format: 'csv',
    status: 'ready',
    message: null,
    bytes: 1234,
    rowsTaken: 10,
    rowsSkipped: 0,
    skipped: '[]',
    columns: '{"customer":"customer_id"}',
    createdBy: 'u1',
    createdAt: at,
    fileBytes: duckdb.length,
    fileSha256: createHash('sha256').update(duckdb).digest('hex'),
  });
  c.datasetChunk.push(
    { datasetId: 'd1', index: 0, data: duckdb.subarray(0, 10).toString('base64') },
    { datasetId: 'd1', index: 1, data: duckdb.subarray(10).toString('base64') },
  );
}

const manifest = {
  format: 'waymark-workspace-backup',
  formatVersion: 2,
  createdAt: at,
  serverVersion: '0.1.0',
  workspace: { slug: 'acme', name: 'Acme', createdAt: at },
} as const;

/** An archive of `change(contents())`, signed with `key`. */
function archiveWith(change: (c: BackupContents) => void = () => {}): Uint8Array {
  const c = contents();
  change(c);
  return writeArchive(manifest, c, key);
}

function refusal(bytes: Uint8Array, maxBytes?: number): ArchiveError {
  try {
    readArchive(bytes, { key, ...(maxBytes === undefined ? {} : { maxBytes }) });
  } catch (error) {
    if (error instanceof ArchiveError) return error;
    throw error;
  }
  throw new Error('the archive was accepted');
}

/** Rewrites an archive's text (then gzips it again). */
function edited(bytes: Uint8Array, edit: (text: string) => string): Uint8Array {
  return gzipSync(edit(gunzipSync(bytes).toString('utf8')));
}

describe('archive signature', () => {
  it('verifies an archive signed with this key', () => {
    expect(readArchive(archiveWith(), { key }).signature).toBe('verified');
  });

  it('tells an archive signed with another key', () => {
    expect(readArchive(archiveWith(), { key: otherKey }).signature).toBe('unverified');
  });

  it('tells an archive without a signature', () => {
    const unsigned = edited(archiveWith(), (text) => text.replace(/,"signature":"[^"]*"/, ''));
    expect(readArchive(unsigned, { key }).signature).toBe('missing');
  });

  it('does not verify a signed archive once any record is changed', () => {
    const tampered = edited(archiveWith(), (text) => text.replace('"role":"owner"', '"role":"editor"'));
    const read = readArchive(tampered, { key });
    expect(read.contents.member[0]?.role).toBe('editor');
    expect(read.signature).toBe('unverified');
  });
});

describe('archive size cap', () => {
  it('refuses an archive that decompresses past the cap with a 413, without inflating it all', () => {
    const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const error = refusal(bomb, 1024 * 1024);
    expect(error.status).toBe(413);
    expect(error.message).toMatch(/decompresses to more than 1048576 bytes.*WAYMARK_RESTORE_MAX_BYTES/);
  });

  it('reads an archive within the cap', () => {
    const bytes = archiveWith();
    expect(() => readArchive(bytes, { key, maxBytes: gunzipSync(bytes).length })).not.toThrow();
  });
});

describe('archive validation', () => {
  // The records are on lines 2 (user), 3 (member), 4 (persona), 5 (journey), 6 (version), 7 (comment), 8 (shareLink), 9 (audit).
  const cases: [string, (c: BackupContents) => void, RegExp][] = [
    [
      'a journey slug with quotes and a line break',
      (c) => {
        const j = c.journey[0];
        if (j) j.slug = 'a"b\r\nc';
      },
      /^line 5 \(journey\): slug: expected a short id/,
    ],
    [
      'a journey document that is not a journey',
      (c) => {
        const j = c.journey[0];
        if (j) j.document = '{}';
      },
      /^line 5 \(journey\): document: not a valid journey: /,
    ],
    [
      'a journey document that is not JSON',
      (c) => {
        const j = c.journey[0];
        if (j) j.document = 'not json';
      },
      /^line 5 \(journey\): document: expected a JSON document/,
    ],
    [
      'a journey whose slug is not its document’s id',
      (c) => {
        const j = c.journey[0];
        if (j) j.slug = 'other';
      },
      /^line 5 \(journey\): slug: 'other' is not the journey document's id 'checkout'/,
    ],
    [
      'a version document that is not a journey',
      (c) => {
        const v = c.version[0];
        if (v) v.document = '{"id":"checkout"}';
      },
      /^line 6 \(version\): document: not a valid journey: /,
    ],
    [
      'a persona document that is not a persona',
      (c) => {
        const p = c.persona[0];
        if (p) p.document = '{"id":"shopper","name":"Shopper","colour":1}';
      },
      /^line 4 \(persona\): document: not a valid persona/,
    ],
    [
      'a persona whose slug is not its document’s id',
      (c) => {
        const p = c.persona[0];
        if (p) p.slug = 'buyer';
      },
      /^line 4 \(persona\): slug: 'buyer' is not the persona document's id 'shopper'/,
    ],
    [
      'mentions that are not JSON',
      (c) => {
        const m = c.comment[0];
        if (m) m.mentions = 'u1,u2';
      },
      /^line 7 \(comment\): mentions: expected a JSON array of ids as JSON text, found text that is not JSON/,
    ],
    [
      'mentions that are not a list of ids',
      (c) => {
        const m = c.comment[0];
        if (m) m.mentions = '[{"id":1}]';
      },
      /^line 7 \(comment\): mentions: expected a JSON array of ids: /,
    ],
    [
      'tags that are not a list of strings',
      (c) => {
        const j = c.journey[0];
        if (j) j.tags = '{"a":1}';
      },
      /^line 5 \(journey\): tags: expected a JSON array of strings/,
    ],
    [
      'a revision past the largest integer a column holds',
      (c) => {
        const j = c.journey[0];
        if (j) j.revision = 2 ** 31;
      },
      /^line 5 \(journey\): revision: /,
    ],
    [
      'a huge version number',
      (c) => {
        const v = c.version[0];
        if (v) v.number = 1e300;
      },
      /^line 6 \(version\): number: /,
    ],
    [
      'a negative revision',
      (c) => {
        const p = c.persona[0];
        if (p) p.revision = -1;
      },
      /^line 4 \(persona\): revision: /,
    ],
    [
      'a comment on an element id with a line break',
      (c) => {
        const m = c.comment[0];
        if (m) m.elementId = 'pay\nX-Evil: 1';
      },
      /^line 7 \(comment\): elementId: /,
    ],
    [
      'a user name with a line break',
      (c) => {
        const u = c.user[0];
        if (u) u.name = 'Ada\r\nLovelace';
      },
      /^line 2 \(user\): name: expected one line of text without control characters/,
    ],
    [
      'a timestamp that is not one',
      (c) => {
        const j = c.journey[0];
        if (j) j.createdAt = 'yesterday';
      },
      /^line 5 \(journey\): createdAt: expected an ISO timestamp/,
    ],
    [
      'audit detail that is not a JSON object',
      (c) => {
        const a = c.audit[0];
        if (a) a.detail = '[1]';
      },
      /^line 9 \(audit\): detail: expected a JSON object/,
    ],
    [
      'two journeys with one slug',
      (c) => {
        const j = c.journey[0];
        if (j) c.journey.push({ ...j, id: 'j2' });
      },
      /^line 6 \(journey\): slug: a second journey with slug checkout/,
    ],
    [
      'two versions of a journey with one number',
      (c) => {
        const v = c.version[0];
        if (v) c.version.push({ ...v, id: 'v2' });
      },
      /^line 7 \(version\): number: a second version 1 of journey j1/,
    ],
    [
      'two share links with one token',
      (c) => {
        const s = c.shareLink[0];
        if (s) c.shareLink.push({ ...s, id: 's2' });
      },
      /^line 9 \(shareLink\): tokenHash: a second shareLink with tokenHash abc123/,
    ],
    [
      'a comment on a journey not in the archive',
      (c) => {
        const m = c.comment[0];
        if (m) m.journeyId = 'j9';
      },
      /^line 7 \(comment\): journeyId: journey j9 is not in the backup/,
    ],
  ];

  it.each(cases)('refuses %s, naming the line and field', (_name, change, message) => {
    const error = refusal(archiveWith(change));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(message);
  });

  it('refuses a workspace slug the API would not accept', () => {
    const bytes = edited(archiveWith(), (text) => text.replace('"slug":"acme"', '"slug":"Acme Inc\\""'));
    expect(refusal(bytes).message).toMatch(
      /^the backup's manifest \(line 1\).*workspace\.slug: expected lowercase/,
    );
  });

  it('stores documents in canonical form', () => {
    const read = readArchive(archiveWith(), { key });
    const journey = JSON.parse(read.contents.journey[0]?.document ?? '{}') as {
      stages: { steps: unknown[] }[];
    };
    expect(journey.stages[0]?.steps[0]).toMatchObject({ touchpoints: [], thoughts: [] });
  });
});

describe('avatars and datasets in an archive', () => {
  const changed = (change: (c: BackupContents) => void) =>
    archiveWith((c) => {
      withFiles(c);
      change(c);
    });

  it('carries them: the avatar bytes and the dataset file, chunk by chunk', () => {
    const read = readArchive(
      changed(() => {}),
      { key },
    );
    expect(Buffer.from(read.contents.avatar[0]?.data ?? '', 'base64').equals(png)).toBe(true);
    const file = Buffer.concat(read.contents.datasetChunk.map((chunk) => Buffer.from(chunk.data, 'base64')));
    expect(file.equals(duckdb)).toBe(true);
    expect(read.contents.dataset[0]).toMatchObject({ status: 'ready', fileBytes: duckdb.length });
  });

  it('reads a version 1 archive, which has neither', () => {
    const old = edited(archiveWith(), (text) => text.replace('"formatVersion":2', '"formatVersion":1'));
    const read = readArchive(old, { key });
    expect(read.contents.avatar).toEqual([]);
    expect(read.contents.dataset).toEqual([]);
    expect(read.contents.journey).toHaveLength(1);
  });

  const cases: [string, (c: BackupContents) => void, RegExp][] = [
    [
      'an avatar that is not an image',
      (c) => {
        const a = c.avatar[0];
        if (a) Object.assign(a, { data: Buffer.from('<svg/>').toString('base64'), size: 6 });
      },
      /\(avatar\): data: the avatar is not a PNG, JPEG or WebP image/,
    ],
    [
      'an avatar whose size is not its bytes',
      (c) => {
        const a = c.avatar[0];
        if (a) a.size = 3;
      },
      /\(avatar\): size: the avatar is \d+ bytes, not the 3/,
    ],
    [
      'a missing chunk',
      (c) => {
        c.datasetChunk.splice(0, 1);
      },
      /\(datasetChunk\): index: expected chunk 0 of dataset d1, found 1/,
    ],
    [
      'a changed chunk',
      (c) => {
        const chunk = c.datasetChunk[1];
        if (chunk) chunk.data = Buffer.from('the same length, other bytes!!!!!!!!!!').toString('base64');
      },
      /\(dataset\): fileSha256: dataset d1's file in the archive is damaged/,
    ],
    [
      'a cut file',
      (c) => {
        c.datasetChunk.splice(1, 1);
      },
      /\(dataset\): fileBytes: the archive holds 10 bytes of dataset d1's file, not \d+/,
    ],
    [
      'a chunk of a dataset the archive does not hold',
      (c) => {
        const chunk = c.datasetChunk[1];
        if (chunk) chunk.datasetId = 'd9';
      },
      /\(datasetChunk\): datasetId: dataset d9 is not in the backup/,
    ],
    [
      'a ready dataset without its file',
      (c) => {
        const d = c.dataset[0];
        if (d) Object.assign(d, { fileBytes: null, fileSha256: null });
        c.datasetChunk.length = 0;
      },
      /\(dataset\): fileBytes: a ready dataset needs its file/,
    ],
    [
      'a chunk given twice',
      (c) => {
        const chunk = c.datasetChunk[0];
        if (chunk) c.datasetChunk.push({ ...chunk });
      },
      /\(datasetChunk\): index: a second chunk 0 of dataset d1/,
    ],
  ];

  it.each(cases)('refuses %s, naming the line and field', (_name, change, message) => {
    const error = refusal(changed(change));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(message);
  });
});
