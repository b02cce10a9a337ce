import { FORMAT_VERSION } from '../model/journey.js';
import type { Location, MapEntry, MapNode } from './sourceNode.js';
import { scalarText } from './sourceNode.js';

/**
 * One step of the file format's history: rewrites a document written for version `from` into
 * version `from + 1`. Migrations work on the source tree, so positions in error messages stay
 * those of the file as written.
 */
export interface Migration {
  readonly from: number;
  readonly description: string;
  readonly migrate: (document: MapNode) => MapNode;
}

/** The migrations of the journey format, oldest first. Version 1 is the first; none yet. */
export const journeyMigrations: readonly Migration[] = [];

/** Applies the migrations from `version` up to `target`, in order. */
export function migrateDocument(
  document: MapNode,
  version: number,
  migrations: readonly Migration[] = journeyMigrations,
  target: number = FORMAT_VERSION,
): MapNode {
  let current = document;
  for (let from = version; from < target; from++) {
    const migration = migrations.find((candidate) => candidate.from === from);
    if (migration === undefined) throw new Error(`no migration of the journey format from version ${from}`);
    current = migration.migrate(current);
  }
  return current;
}

/** The document's declared format version, checked and migrated to the current one. */
export type VersionRead =
  | { readonly ok: true; readonly version: number; readonly document: MapNode }
  | { readonly ok: false; readonly message: string; readonly loc?: Location };

const isVersionKey = (entry: MapEntry) => entry.key === 'formatVersion' || entry.key === 'format-version';

/** Reads `formatVersion` (default 1), refuses versions this code does not know, and migrates. */
export function readFormatVersion(
  document: MapNode,
  migrations: readonly Migration[] = journeyMigrations,
  current: number = FORMAT_VERSION,
): VersionRead {
  const entry = document.entries.find(isVersionKey);
  if (entry === undefined || (entry.value.kind === 'scalar' && entry.value.value === null)) {
    return { ok: true, version: 1, document: migrateDocument(document, 1, migrations, current) };
  }
  const value = entry.value.kind === 'scalar' ? entry.value.value : undefined;
  const loc = entry.value.loc ?? entry.keyLoc;
  const at = loc ? { loc } : {};
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    const got =
      entry.value.kind === 'scalar' ? (scalarText(entry.value) ?? 'nothing') : `a ${entry.value.kind}`;
    return { ok: false, message: `expected a format version from 1 to ${current}, got ${got}`, ...at };
  }
  if (value > current) {
    const message = `this file uses format version ${value}, but this version of Waymark reads up to version ${current}; update Waymark to read it`;
    return { ok: false, message, ...at };
  }
  return { ok: true, version: value, document: migrateDocument(document, value, migrations, current) };
}
