import { describe, expect, it } from 'vitest';
import type { Migration } from './migrations.js';
import { journeyMigrations, migrateDocument, readFormatVersion } from './migrations.js';
import type { MapNode } from './sourceNode.js';
import { plainValue, sourceFromValue } from './sourceNode.js';

const doc = (value: Record<string, unknown>) => sourceFromValue(value) as MapNode;

/** A made-up history: v1 called the title `name`, v2 called stages `phases`. */
const history: Migration[] = [
  {
    from: 2,
    description: 'phases → stages',
    migrate: (d) => ({
      ...d,
      entries: d.entries.map((e) => (e.key === 'phases' ? { ...e, key: 'stages' } : e)),
    }),
  },
  {
    from: 1,
    description: 'name → title',
    migrate: (d) => ({
      ...d,
      entries: d.entries.map((e) => (e.key === 'name' ? { ...e, key: 'title' } : e)),
    }),
  },
];

describe('migrations', () => {
  it('has no migrations yet: version 1 is the first', () => {
    expect(journeyMigrations).toEqual([]);
  });

  it('applies the migrations from the document’s version up to the current one, in order', () => {
    const migrated = migrateDocument(doc({ name: 'T', phases: ['A'] }), 1, history, 3);
    expect(plainValue(migrated)).toEqual({ title: 'T', stages: ['A'] });
    expect(plainValue(migrateDocument(doc({ name: 'T', phases: ['A'] }), 2, history, 3))).toEqual({
      name: 'T',
      stages: ['A'],
    });
  });

  it('fails loudly when a step of the history is missing', () => {
    expect(() => migrateDocument(doc({}), 1, [], 2)).toThrow(
      'no migration of the journey format from version 1',
    );
  });

  it('reads the declared version (default 1) and migrates before validation', () => {
    const read = readFormatVersion(doc({ formatVersion: 1, name: 'T' }), history, 3);
    expect(read.ok && read.version).toBe(1);
    expect(read.ok && plainValue(read.document)).toEqual({ formatVersion: 1, title: 'T' });
    const unversioned = readFormatVersion(doc({ name: 'T' }), history, 3);
    expect(unversioned.ok && unversioned.version).toBe(1);
  });

  it('refuses versions newer than the code and versions that are not whole numbers from 1', () => {
    expect(readFormatVersion(doc({ formatVersion: 4 }), history, 3)).toMatchObject({
      ok: false,
      message:
        'this file uses format version 4, but this version of Waymark reads up to version 3; update Waymark to read it',
    });
    expect(readFormatVersion(doc({ formatVersion: 'one' }))).toMatchObject({
      ok: false,
      message: 'expected a format version from 1 to 1, got one',
    });
    expect(readFormatVersion(doc({ formatVersion: 0 }))).toMatchObject({ ok: false });
  });
});
