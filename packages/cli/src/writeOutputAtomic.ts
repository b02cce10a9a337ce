import { randomBytes } from 'node:crypto';
import { constants, unlinkSync } from 'node:fs';
import { copyFile, link, mkdir, open, rename, unlink } from 'node:fs/promises';
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
 * with exit code 3; the temporary file is always removed, also when the process is
 * interrupted (Ctrl-C, SIGTERM) while writing. Missing parent directories are created.
 */
export async function writeOutputAtomic(
  path: string,
  data: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
  const shown = options.displayName ?? path;
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  // Interrupted mid-write: remove the temporary file, then die of the same signal as before.
  const onSignal = (signal: NodeJS.Signals) => {
    if (created) removeQuietly(temp);
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  await mkdir(dirname(path), { recursive: true }).catch((error: unknown) => {
    const blocked = hasCode(error, ['EEXIST', 'ENOTDIR']);
    if (blocked)
      throw new CliError('cannot write: a file stands where a folder is needed', ExitCode.file, shown);
    throw fileError(shown, 'write', error);
  });
  try {
    const handle = await open(temp, 'wx', 0o666);
    created = true;
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.exclusive) await publishExclusive(temp, path);
    else {
      await rename(temp, path);
      created = false;
    }
  } catch (error) {
    if (options.exclusive && hasCode(error, ['EEXIST'])) {
      throw new CliError('already exists; use --force to overwrite it', ExitCode.file, shown);
    }
    throw fileError(shown, 'write', error);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (created) await unlink(temp).catch(() => undefined);
  }
}

/**
 * Gives the finished temporary file the target's name unless that name is taken. A hard link
 * does it atomically; on file systems without hard links an exclusive copy is the fallback.
 */
async function publishExclusive(temp: string, path: string): Promise<void> {
  try {
    await link(temp, path);
  } catch (error) {
    if (!hasCode(error, ['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'])) throw error;
    await copyFile(temp, path, constants.COPYFILE_EXCL);
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone, or not ours to remove: nothing more to do while the process is going down.
  }
}

function hasCode(error: unknown, codes: readonly string[]): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && codes.includes(String(error.code));
}
