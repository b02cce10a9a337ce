import { CliError, usageError } from '../CliError.js';
import type { CommandContext } from '../commandContext.js';
import { ExitCode } from '../exitCodes.js';
import { readCredentials } from './credentials.js';

/** A response from the server, read whole. */
export interface RemoteResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly bytes: Uint8Array;
  readonly text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  readonly json: unknown;
}

export interface RemoteRequest {
  readonly body?: string | Uint8Array;
  readonly contentType?: string;
  readonly accept?: string;
  readonly ifMatch?: number;
  /** Statuses the caller handles itself (e.g. 404 for "not there yet"); others become errors. */
  readonly allow?: readonly number[];
}

/** Options every networked command takes. */
export interface RemoteOptions {
  readonly server?: string;
}

/**
 * The Waymark API as the CLI uses it: one server, one token. Error bodies
 * (`{error:{message, errors}}`) are printed as the server wrote them; 401/403 exit 1 with a
 * hint to log in, an unreachable server exits 3.
 */
export class RemoteClient {
  constructor(
    readonly server: string,
    private readonly token: string | undefined,
  ) {}

  async request(method: string, path: string, options: RemoteRequest = {}): Promise<RemoteResponse> {
    const headers: Record<string, string> = {};
    if (this.token !== undefined) headers.authorization = `Bearer ${this.token}`;
    if (options.contentType !== undefined) headers['content-type'] = options.contentType;
    if (options.accept !== undefined) headers.accept = options.accept;
    if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
    const url = `${this.server}/api/v1${path}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers,
        ...(options.body === undefined ? {} : { body: options.body }),
      });
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
      throw new CliError(
        `cannot reach the server at ${this.server}${cause === '' ? '' : ` (${cause})`}; is it running, and is the address right?`,
        ExitCode.file,
      );
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    const result = { status: response.status, headers: response.headers, bytes, text, json };
    if (response.ok || options.allow?.includes(response.status)) return result;
    throw remoteError(this.server, method, path, result);
  }
}

/** The revision in an ETag (`"7"` → 7). */
export function revisionOf(response: RemoteResponse): number {
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(response.headers.get('etag') ?? '');
  if (match?.[1] === undefined)
    throw new CliError('the server sent no revision (ETag); is this a Waymark server?', ExitCode.problems);
  return Number(match[1]);
}

/** The server's error, in its own words, with each diagnostic on a line of its own. */
export function remoteError(
  server: string,
  method: string,
  path: string,
  response: RemoteResponse,
): CliError {
  const error = errorBody(response.json);
  const message = error?.message ?? (response.text.trim().slice(0, 300) || `HTTP ${response.status}`);
  const lines = [`${method} ${path}: ${message}`];
  for (const diagnostic of error?.errors ?? []) lines.push(`  ${diagnostic}`);
  if (response.status === 401)
    lines.push(`Log in with: waymark login --server ${server} (or set WAYMARK_TOKEN)`);
  if (response.status === 403)
    lines.push('Your account may lack the role this needs; ask a workspace owner.');
  return new CliError(lines.join('\n'), ExitCode.problems);
}

function errorBody(json: unknown): { message?: string; errors?: string[] } | undefined {
  if (typeof json !== 'object' || json === null || !('error' in json)) return undefined;
  const error = json.error;
  if (typeof error !== 'object' || error === null) return undefined;
  const message = 'message' in error && typeof error.message === 'string' ? error.message : undefined;
  const errors =
    'errors' in error && Array.isArray(error.errors) ? error.errors.map(describeDiagnostic) : undefined;
  return { ...(message === undefined ? {} : { message }), ...(errors === undefined ? {} : { errors }) };
}

/** `path: message` for a diagnostic the server sent (with line:column when it has them). */
function describeDiagnostic(value: unknown): string {
  if (typeof value !== 'object' || value === null) return String(value);
  const field = (name: string) => (name in value ? (value as Record<string, unknown>)[name] : undefined);
  const path = field('path');
  const line = field('line');
  const column = field('column');
  const where = [
    typeof path === 'string' && path !== '' ? path : undefined,
    typeof line === 'number' ? `${line}${typeof column === 'number' ? `:${column}` : ''}` : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(' ');
  const message = field('message');
  return `${where === '' ? '' : `${where}: `}${typeof message === 'string' ? message : JSON.stringify(value)}`;
}

/** A server URL as given (`localhost:4000` is taken as http://), without a trailing slash. */
export function normalizeServer(value: string): string {
  const withScheme = /^https?:\/\//i.test(value) ? value : `http://${value}`;
  try {
    const url = new URL(withScheme);
    return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
  } catch {
    throw usageError(`--server expects a URL like https://waymark.example.com, got '${value}'`);
  }
}

/**
 * The server and token a networked command uses: `--server`, then `WAYMARK_SERVER` /
 * `WAYMARK_TOKEN` (for CI), then what `waymark login` stored. The stored token is used only
 * for the server it was stored for.
 */
export async function connect(context: CommandContext, options: RemoteOptions): Promise<RemoteClient> {
  const env = context.io.env;
  const stored = await readCredentials(env);
  const given = options.server ?? (env.WAYMARK_SERVER || undefined);
  const server = given === undefined ? stored?.server : normalizeServer(given);
  if (server === undefined)
    throw usageError('no server: pass --server URL, set WAYMARK_SERVER, or run waymark login first');
  const token =
    env.WAYMARK_TOKEN || (stored !== undefined && stored.server === server ? stored.token : undefined);
  if (token === undefined)
    throw new CliError(
      `not logged in to ${server}: run waymark login --server ${server}, or set WAYMARK_TOKEN`,
      ExitCode.problems,
    );
  return new RemoteClient(server, token);
}

/** `/workspaces/W/…` with each part escaped. */
export function apiPath(...parts: readonly string[]): string {
  return parts.map((part) => `/${encodeURIComponent(part)}`).join('');
}
