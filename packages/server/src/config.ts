import { resolve } from 'node:path';

/** How a Waymark server runs. Every field has a zero-set-up default; see `readConfig`. */
export interface ServerConfig {
  /** TCP port; `PORT`, default 4000. */
  readonly port: number;
  /** Interface to listen on; `HOST`, default 127.0.0.1 (set 0.0.0.0 to expose it). */
  readonly host: string;
  /** Where SQLite, the secret and uploads live; `--data` or `WAYMARK_DATA`, default ./data. */
  readonly dataDir: string;
  /** `postgres://…` to use PostgreSQL instead of SQLite; `DATABASE_URL`. */
  readonly databaseUrl?: string;
  /** The address people reach the server at, for links; `WAYMARK_URL`, default http://localhost:PORT. */
  readonly publicUrl: string;
  /** Signs sessions; `WAYMARK_SECRET`, else generated once and kept in the data directory. */
  readonly secret?: string;
  /** Create a sample workspace from the templates on a fresh database (default true). */
  readonly sample: boolean;
  /** Largest request body in bytes; `WAYMARK_BODY_LIMIT`, default 10 MiB. */
  readonly bodyLimit: number;
  /** Most bytes a backup may decompress to on restore; `WAYMARK_RESTORE_MAX_BYTES`, default 512 MiB. */
  readonly restoreMaxBytes: number;
  /**
   * Largest event log or feedback export one upload may send, in bytes (analytics/);
   * `WAYMARK_ANALYTICS_MAX_UPLOAD_BYTES`, default 1 GiB. Uploads stream to disk, so this is not
   * held in memory.
   */
  readonly analyticsMaxUploadBytes: number;
  /** Server log (pino, JSON) level; `LOG_LEVEL`, default `warn`; `info` logs every request, `silent` nothing. */
  readonly logLevel: string;
  /** What one live-collaboration client may do (collab/limits.ts). */
  readonly collab: CollabLimits;
  /**
   * `redis://…` to let several `waymark serve` processes serve the same live documents, sharing
   * updates through Redis; `REDIS_URL`. One process needs none.
   */
  readonly redisUrl?: string;
}

/** Limits on live collaboration, per document, connection and person. */
export interface CollabLimits {
  /** Largest live document (its Yjs state) in bytes; `WAYMARK_COLLAB_MAX_DOCUMENT_BYTES`, default 16 MiB. */
  readonly maxDocumentBytes: number;
  /**
   * Messages (edits, pointer moves, syncs) per second one connection may send, averaged, with
   * bursts of two seconds' worth; `WAYMARK_COLLAB_MESSAGES_PER_SECOND`, default 100.
   */
  readonly messagesPerSecond: number;
  /** Live connections one person may hold at once; `WAYMARK_COLLAB_CONNECTIONS_PER_USER`, default 20. */
  readonly connectionsPerUser: number;
}

export interface ConfigOverrides {
  readonly port?: number;
  readonly host?: string;
  readonly dataDir?: string;
  readonly databaseUrl?: string;
  readonly publicUrl?: string;
  readonly secret?: string;
  readonly sample?: boolean;
  readonly bodyLimit?: number;
  readonly restoreMaxBytes?: number;
  readonly analyticsMaxUploadBytes?: number;
  readonly logLevel?: string;
  readonly collab?: Partial<CollabLimits>;
  readonly redisUrl?: string;
}

/** A configuration problem, said in the words of the setting that is wrong. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads the configuration from overrides (command-line flags) first, then the environment. */
export function readConfig(
  overrides: ConfigOverrides = {},
  env: Readonly<Record<string, string | undefined>> = process.env,
): ServerConfig {
  const port = overrides.port ?? integer(env.PORT, 'PORT', 4000);
  if (port < 0 || port > 65535) throw new ConfigError(`PORT must be from 0 to 65535, got ${port}`);
  const databaseUrl = overrides.databaseUrl ?? (env.DATABASE_URL || undefined);
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl))
    throw new ConfigError(
      `DATABASE_URL must be a postgres:// URL (leave it unset for SQLite), got ${redact(databaseUrl)}`,
    );
  const publicUrl = (overrides.publicUrl ?? env.WAYMARK_URL ?? `http://localhost:${port}`).replace(
    /\/+$/,
    '',
  );
  if (!/^https?:\/\//.test(publicUrl))
    throw new ConfigError(`WAYMARK_URL must start with http:// or https://, got ${publicUrl}`);
  const redisUrl = overrides.redisUrl ?? (env.REDIS_URL || undefined);
  if (redisUrl !== undefined && !/^rediss?:\/\//.test(redisUrl))
    throw new ConfigError(`REDIS_URL must be a redis:// or rediss:// URL, got ${redact(redisUrl)}`);
  const secret = overrides.secret ?? (env.WAYMARK_SECRET || undefined);
  if (secret !== undefined && secret.length < 32)
    throw new ConfigError('WAYMARK_SECRET must be at least 32 characters long');
  return {
    port,
    host: overrides.host ?? env.HOST ?? '127.0.0.1',
    dataDir: resolve(overrides.dataDir ?? env.WAYMARK_DATA ?? 'data'),
    ...(databaseUrl === undefined ? {} : { databaseUrl }),
    publicUrl,
    ...(secret === undefined ? {} : { secret }),
    sample: overrides.sample ?? env.WAYMARK_SAMPLE !== 'false',
    bodyLimit: overrides.bodyLimit ?? integer(env.WAYMARK_BODY_LIMIT, 'WAYMARK_BODY_LIMIT', 10 * 1024 * 1024),
    restoreMaxBytes:
      overrides.restoreMaxBytes ??
      integer(env.WAYMARK_RESTORE_MAX_BYTES, 'WAYMARK_RESTORE_MAX_BYTES', 512 * 1024 * 1024),
    analyticsMaxUploadBytes: positive(
      overrides.analyticsMaxUploadBytes ??
        integer(env.WAYMARK_ANALYTICS_MAX_UPLOAD_BYTES, 'WAYMARK_ANALYTICS_MAX_UPLOAD_BYTES', 1024 ** 3),
      'WAYMARK_ANALYTICS_MAX_UPLOAD_BYTES',
    ),
    logLevel: overrides.logLevel ?? env.LOG_LEVEL ?? 'warn',
    collab: {
      maxDocumentBytes: positive(
        overrides.collab?.maxDocumentBytes ??
          integer(
            env.WAYMARK_COLLAB_MAX_DOCUMENT_BYTES,
            'WAYMARK_COLLAB_MAX_DOCUMENT_BYTES',
            16 * 1024 * 1024,
          ),
        'WAYMARK_COLLAB_MAX_DOCUMENT_BYTES',
      ),
      messagesPerSecond: positive(
        overrides.collab?.messagesPerSecond ??
          integer(env.WAYMARK_COLLAB_MESSAGES_PER_SECOND, 'WAYMARK_COLLAB_MESSAGES_PER_SECOND', 100),
        'WAYMARK_COLLAB_MESSAGES_PER_SECOND',
      ),
      connectionsPerUser: positive(
        overrides.collab?.connectionsPerUser ??
          integer(env.WAYMARK_COLLAB_CONNECTIONS_PER_USER, 'WAYMARK_COLLAB_CONNECTIONS_PER_USER', 20),
        'WAYMARK_COLLAB_CONNECTIONS_PER_USER',
      ),
    },
    ...(redisUrl === undefined ? {} : { redisUrl }),
  };
}

function positive(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1)
    throw new ConfigError(`${name} must be at least 1, got ${value}`);
  return value;
}

function integer(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value)) throw new ConfigError(`${name} must be a whole number, got "${value}"`);
  return Number(value);
}

/** A database URL without its password, for messages. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
