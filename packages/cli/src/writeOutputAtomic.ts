import { randomBytes } from 'node:crypto';
import { link, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError, fileError } from './CliError.js';
import { ExitCode } from './exitCodes.js';

export interface WriteOptions {
  /** Refuse to replace an existing file (`waymark init` without --force). */
  readonly exclusive?: boolean;
  /** The name shown in error messages; defaults to the path. */
  readonly displayName?: string;
}

/**
 * Writes `data` to `path` so that the path holds either its old content or the complete new
 * content, never a half-written file: the bytes go to a temporary file in the same directory,
 * are flushed to disk, and the temporary file is then renamed over the target (or, with
 * `exclusive`, hard-linked to it, which fails if the target exists). Errors become CliErrors
 * with exit code 3; the temporary file is always removed.
 */
export async function writeOutputAtomic(
  path: string,
  data: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
  const shown = options.displayName ?? path;
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    const handle = await open(temp, 'wx', 0o666);
    created = true;
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.exclusive) await link(temp, path);
    else await rename(temp, path);
    if (!options.exclusive) created = false;
  } catch (error) {
    if (options.exclusive && isAlreadyExists(error)) {
      throw new CliError('already exists; use --force to overwrite it', ExitCode.file, shown);
    }
    throw fileError(shown, 'write', error);
  } finally {
    if (created) await unlink(temp).catch(() => undefined);
  }
}

function isAlreadyExists(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EEXIST';
}
