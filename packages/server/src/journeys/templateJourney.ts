import {
  closest,
  findTemplate,
  formatDiagnostic,
  type Journey,
  parseJourney,
  type Template,
  templates,
} from '@waymark/core';
import { ApiError } from '../http/ApiError.js';

/** A template's journey, read from its source the way `waymark init` reads it. */
export function templateJourney(template: Template): Journey {
  const parsed = parseJourney(template.source, { fileName: `template ${template.id}` });
  if (!parsed.ok)
    throw new Error(`template ${template.id} is invalid: ${parsed.errors.map(formatDiagnostic).join('; ')}`);
  return parsed.journey;
}

/** The template with this id, or a 404 that names the closest one. */
export function requireTemplate(id: string): Template {
  const template = findTemplate(id);
  if (template !== undefined) return template;
  const near = closest(
    id,
    templates.map((t) => t.id),
  );
  throw ApiError.notFound(
    `no template ${id}${near === undefined ? '' : ` (did you mean ${near}?)`}; GET /api/v1/templates lists them`,
  );
}
