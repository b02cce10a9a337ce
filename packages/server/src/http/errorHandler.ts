import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ApiError } from './ApiError.js';

/** Fastify's own error codes, as what a client should be told. */
const fastifyErrors: Readonly<Record<string, (error: FastifyError) => ApiError>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () =>
    new ApiError(413, 'too-large', 'the request body is larger than the server accepts (WAYMARK_BODY_LIMIT)'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: (error) =>
    ApiError.unsupportedMediaType(
      `unsupported Content-Type: ${error.message.replace(/^Unsupported Media Type:?\s*/i, '')}; send application/json (or application/yaml for journeys)`,
    ),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => ApiError.invalid('the request body is empty; expected JSON'),
  FST_ERR_CTP_INVALID_JSON_BODY: (error) =>
    ApiError.invalid(`the request body is not valid JSON: ${error.message}`),
};

/**
 * Every error becomes `{ error: { status, code, message, … } }`: known ones with their status,
 * anything else as a 500 whose details stay in the server log, never in the response.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = describe(error);
    if (known.status >= 500 && known.status !== 503) request.log.error({ err: error }, 'request failed');
    const retryAfter = known.details.retryAfter;
    if (typeof retryAfter === 'number') void reply.header('Retry-After', String(retryAfter));
    void reply.status(known.status).type('application/json').send(known.body());
  });
  app.setNotFoundHandler((request, reply) => {
    const error = ApiError.notFound(`no route ${request.method} ${request.url.split('?')[0]}`);
    void reply.status(404).send(error.body());
  });
}

function describe(error: FastifyError): ApiError {
  if (error instanceof ApiError) return error;
  if (isUniqueViolation(error))
    return ApiError.conflict(
      'someone created the same thing a moment ago (its id or number is taken); reload and try again',
    );
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'request';
    const errors = error.validation.map((issue) => ({
      severity: 'error' as const,
      path: [where, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
      message: issue.message ?? 'invalid',
    }));
    return ApiError.invalid(
      `the ${where} is invalid: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
      errors,
    );
  }
  const translate = error.code === undefined ? undefined : fastifyErrors[error.code];
  if (translate !== undefined) return translate(error);
  if (error.statusCode === 429) return new ApiError(429, 'rate-limited', error.message);
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500)
    return new ApiError(error.statusCode, 'bad-request', error.message);
  return new ApiError(
    500,
    'internal',
    'the server failed to handle this request; the details are in its log',
  );
}

/**
 * Two requests racing to create the same id: the database's unique constraint decides, and the
 * loser is told so (PostgreSQL 23505; SQLite's constraint codes) instead of getting a 500.
 */
function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  return (
    error.code === '23505' ||
    error.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}
