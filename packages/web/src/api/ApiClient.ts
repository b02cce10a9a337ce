// The web app's HTTP client for the Waymark API. One instance per app (made in App, passed down
// through ApiContext), never a module-level singleton. Same origin: the session cookie rides
// along and the browser sends the Origin header the server checks on writes.

/** An API error as the server shapes it (docs/api.md, "Errors"), or a network failure (status 0). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
    readonly code: string = 'error',
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

interface ErrorBody {
  readonly error?: { message?: string; code?: string; errors?: { path?: string; message?: string }[] };
  readonly message?: string;
}

/** The ApiError an error response carries (also used by the XHR uploads of analytics/). */
export async function errorFrom(response: Response): Promise<ApiError> {
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // not JSON: keep the status alone
  }
  const details = (body.error?.errors ?? []).map((e) =>
    e.path ? `${e.path}: ${e.message}` : `${e.message}`,
  );
  return new ApiError(
    response.status,
    body.error?.message ?? body.message ?? `${response.status} ${response.statusText}`,
    body.error?.code,
    details,
  );
}

export interface RequestOptions {
  readonly body?: unknown;
  /** Sent as is with this content type instead of JSON (text, or a file's bytes). */
  readonly raw?: { readonly text: string | Blob; readonly type: string };
  readonly headers?: Readonly<Record<string, string>>;
}

/** How long a prefetched answer may be given to a get: past it, the data may have changed. */
const prefetchLifetimeMs = 5000;

export class ApiClient {
  /** GETs started before anyone asked (prefetch), each answered once to the first get of its path. */
  private readonly early = new Map<string, { readonly at: number; readonly pending: Promise<unknown> }>();

  constructor(private readonly base = '') {}

  /**
   * Starts a GET now that a screen will make soon (the app's boot asks for the signed-in person and
   * the screen's data at once, not one after the other): the next get of `path` within a few seconds
   * is answered by it. A refused one is forgotten, so a get after signing in asks again.
   */
  prefetch(path: string): void {
    if (this.early.has(path)) return;
    const pending = this.request('GET', path);
    pending.catch(() => this.early.delete(path));
    this.early.set(path, { at: Date.now(), pending });
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const response = await this.send(method, path, options);
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }

  /** The ETag a GET of `path` answers with (a journey's revision, for If-Match). */
  async etag(path: string): Promise<string> {
    const response = await this.send('GET', path, {});
    return response.headers.get('etag') ?? '';
  }

  /** Sends a request; throws an ApiError on a network failure or an error status. */
  protected async send(method: string, path: string, options: RequestOptions): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    let body: string | Blob | undefined;
    if (options.raw) {
      body = options.raw.text;
      headers['content-type'] = options.raw.type;
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    let response: Response;
    try {
      response = await fetch(`${this.base}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        ...(body === undefined ? {} : { body }),
      });
    } catch {
      throw new ApiError(0, 'The server cannot be reached. Check your connection and try again.', 'offline');
    }
    if (!response.ok) throw await errorFrom(response);
    return response;
  }

  get<T>(path: string): Promise<T> {
    const early = this.early.get(path);
    this.early.delete(path);
    if (early === undefined || Date.now() - early.at > prefetchLifetimeMs)
      return this.request<T>('GET', path);
    return early.pending as Promise<T>;
  }
  post<T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('POST', path, { ...options, ...(body === undefined ? {} : { body }) });
  }
  put<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('PUT', path, { ...options, body });
  }
  delete<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('DELETE', path, options);
  }
}
