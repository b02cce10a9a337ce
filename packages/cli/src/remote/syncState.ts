import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError, fileError } from '../CliError.js';
import { ExitCode } from '../exitCodes.js';
import { writeOutputAtomic } from '../writeOutputAtomic.js';

/** What is known about a file's last push or pull. */
export interface SyncEntry {
  readonly server: string;
  readonly workspace: string;
  readonly id: string;
  /** The server's revision the file was last in step with. */
  readonly revision: number;
  /** sha256 of the file's bytes at that moment: a different hash means local edits not pushed. */
  readonly hash: string;
}

/**
 * The sidecar `.waymark/sync.json` next to journey files: file name → SyncEntry. It is what lets
 * push tell "the server moved on since I last looked" from "I am the one who changed it", and
 * pull tell "this file has edits not pushed yet" from "this file is what I pulled".
 */
export function syncStatePath(file: string): string {
  return join(dirname(file), '.waymark', 'sync.json');
}

/** The entry for an (absolute) file path, if it was ever pushed or pulled. */
export async function readSyncEntry(file: string): Promise<SyncEntry | undefined> {
  return (await readSyncState(syncStatePath(file)))[basename(file)];
}

/** Records an entry for an (absolute) file path, keeping the other files' entries. */
export async function writeSyncEntry(file: string, entry: SyncEntry): Promise<void> {
  const path = syncStatePath(file);
  const state = await readSyncState(path);
  state[basename(file)] = entry;
  const sorted = Object.fromEntries(Object.entries(state).sort(([a], [b]) => a.localeCompare(b)));
  await writeOutputAtomic(path, `${JSON.stringify(sorted, null, 2)}\n`);
}

/** sha256 of some bytes, hex. */
export function contentHash(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function readSyncState(path: string): Promise<Record<string, SyncEntry>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') return {};
    throw fileError(path, 'read', error);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new CliError(
      'not a sync state file (expected a JSON object); delete it and pull again',
      ExitCode.file,
      path,
    );
  const state: Record<string, SyncEntry> = {};
  for (const [name, value] of Object.entries(parsed)) if (isEntry(value)) state[name] = value;
  return state;
}

function isEntry(value: unknown): value is SyncEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.server === 'string' &&
    typeof entry.workspace === 'string' &&
    typeof entry.id === 'string' &&
    typeof entry.revision === 'number' &&
    typeof entry.hash === 'string'
  );
}
