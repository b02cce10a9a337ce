import { ExitCode } from './exitCodes.js';

/**
 * An error the user can act on: printed as one line on stderr (never with a stack trace)
 * and turned into the given exit code. `file`, when set, prefixes the message.
 */
export class CliError extends Error {
  override readonly name = 'CliError';

  constructor(
    message: string,
    readonly exitCode: ExitCode,
    readonly file?: string,
  ) {
    super(message);
  }

  /** The line printed on stderr: `jacket.yaml: cannot read: no such file`, else `waymark: …`. */
  describe(): string {
    return `${this.file ?? 'waymark'}: ${this.message}`;
  }
}

/** A usage error (exit code 2): an unknown template, format, rule, persona… (about `file`, if given). */
export function usageError(message: string, file?: string): CliError {
  return new CliError(message, ExitCode.usage, file);
}

const reasons: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a parent of this path is not a directory',
  EEXIST: 'already exists',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  EMFILE: 'too many open files',
};

/** A file error (exit code 3) from a Node `fs` error, in words rather than errno codes. */
export function fileError(file: string, action: 'read' | 'write', cause: unknown): CliError {
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
  const reason = reasons[code] ?? (cause instanceof Error ? cause.message : String(cause));
  return new CliError(`cannot ${action}: ${reason}`, ExitCode.file, file);
}
