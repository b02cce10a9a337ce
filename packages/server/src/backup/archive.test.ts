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
  };
}

const manifest = {
  format: 'waymark-workspace-backup',
  formatVersion: 1,
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
