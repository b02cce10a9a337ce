import { ConfigError, redact, type ServerConfig } from './config.js';

interface SystemError {
  readonly code: string;
  readonly syscall: string | undefined;
}

/** The system error in `error`, or the first of several (Node's AggregateError on connect). */
function systemError(error: unknown): SystemError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, syscall, errors } = error as { code?: unknown; syscall?: unknown; errors?: unknown };
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code))
    return { code, syscall: typeof syscall === 'string' ? syscall : undefined };
  return Array.isArray(errors) ? systemError(errors[0]) : undefined;
}

const dataDirReasons: Readonly<Record<string, string>> = {
  EACCES: 'no permission to write there',
  EPERM: 'no permission to write there',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EEXIST: 'a file of that name is in the way',
  ENOSPC: 'the disk is full',
};

const unreachable = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH']);

/**
 * Says, in the words of the setting to change, what in the environment stopped the server from
 * starting — a port in use, a database that does not answer, a data directory it may not write —
 * or undefined when `error` is not such a problem (a bug, to be reported as one).
 */
export function startProblem(error: unknown, config: ServerConfig): ConfigError | undefined {
  const found = systemError(error);
  if (found === undefined) return undefined;
  const { code } = found;
  if (found.syscall === 'listen') {
    if (code === 'EADDRINUSE')
      return new ConfigError(
        `port ${config.port} on ${config.host} is already in use (is another Waymark running?); choose another with PORT or --port`,
      );
    if (code === 'EACCES')
      return new ConfigError(
        `not allowed to listen on port ${config.port} (ports below 1024 need privileges); choose another with PORT or --port`,
      );
    if (code === 'EADDRNOTAVAIL')
      return new ConfigError(
        `cannot listen on ${config.host}: no such address on this machine; check HOST or --host`,
      );
    return undefined;
  }
  if (config.databaseUrl !== undefined && unreachable.has(code))
    return new ConfigError(
      `cannot reach PostgreSQL at ${redact(config.databaseUrl)} (${code}); check DATABASE_URL and that the server is running`,
    );
  const reason = dataDirReasons[code];
  return reason === undefined
    ? undefined
    : new ConfigError(
        `cannot use ${config.dataDir} as the data directory: ${reason} (${code}); choose another with WAYMARK_DATA or --data`,
      );
}
