import type { Diagnostic } from '@waymark/core';

/**
 * An error a client should see: an HTTP status, a stable machine-readable code, a sentence for
 * people, and optional details (core's diagnostics, the current revision on a conflict).
 * Sent as `{ "error": { status, code, message, ...details } }`.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }

  /** The input was read but is wrong; `errors` says where and why, one entry per problem. */
  static invalid(message: string, errors: readonly Diagnostic[] = []): ApiError {
    return new ApiError(400, 'invalid', message, errors.length > 0 ? { errors } : {});
  }

  /** One field is wrong: `sentence` for people (default `path: detail`), `detail` in `errors`. */
  static field(path: string, detail: string, sentence = `${path}: ${detail}`): ApiError {
    return ApiError.invalid(sentence, [{ severity: 'error', path, message: detail }]);
  }

  static unauthenticated(message = 'sign in, or send an API token as `Authorization: Bearer …`'): ApiError {
    return new ApiError(401, 'unauthenticated', message);
  }

  static forbidden(message: string): ApiError {
    return new ApiError(403, 'forbidden', message);
  }

  static notFound(message: string): ApiError {
    return new ApiError(404, 'not-found', message);
  }

  /** A write against a stale revision, or a second thing with the same id. */
  static conflict(message: string, details: Readonly<Record<string, unknown>> = {}): ApiError {
    return new ApiError(409, 'conflict', message, details);
  }

  static preconditionRequired(message: string): ApiError {
    return new ApiError(428, 'precondition-required', message);
  }

  static unsupportedMediaType(message: string): ApiError {
    return new ApiError(415, 'unsupported-media-type', message);
  }

  body(): { error: Record<string, unknown> } {
    return { error: { status: this.status, code: this.code, message: this.message, ...this.details } };
  }
}
