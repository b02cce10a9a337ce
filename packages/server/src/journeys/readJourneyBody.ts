import { formatDiagnostic, type Journey, parseJourney, validateJourney } from '@waymark/core';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../http/ApiError.js';

/** Content types a journey may be sent in. */
export const yamlMediaTypes = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml'];

/**
 * A journey from a request body: JSON (the API's form) or YAML (the file format, with
 * `Content-Type: application/yaml`), checked by exactly the rules `waymark validate` uses.
 * Every problem is reported at once, with its path (and line and column for YAML).
 */
export function readJourneyBody(request: FastifyRequest): Journey {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const result = yamlMediaTypes.includes(type)
    ? parseJourney(String(request.body ?? ''), { fileName: 'request body' })
    : validateJourney(request.body);
  if (!result.ok)
    throw ApiError.invalid(
      `the journey is invalid (${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}): ${result.errors
        .slice(0, 3)
        .map(formatDiagnostic)
        .join('; ')}${result.errors.length > 3 ? '; …' : ''}`,
      result.errors,
    );
  return result.journey;
}
