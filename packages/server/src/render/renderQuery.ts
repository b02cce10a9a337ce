import { closest, type Journey } from '@waymark/core';
import { type LaneId, laneIds, type RenderOptions } from '@waymark/render';
import { ApiError } from '../http/ApiError.js';

/** The image options of an export request, named as `waymark render` names its flags. */
export interface RenderQuery {
  readonly theme?: RenderOptions['theme'];
  readonly page?: RenderOptions['page'];
  /** Comma-separated persona ids. */
  readonly personas?: string;
  /** Comma-separated lane ids, in the order to draw them. */
  readonly lanes?: string;
  readonly scale?: number;
}

const list = (value: string): string[] =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

function invalid(field: string, message: string): ApiError {
  return ApiError.field(field, message);
}

const hint = (value: string, known: readonly string[]): string => {
  const near = closest(value, known);
  return near === undefined ? '' : ` (did you mean ${near}?)`;
};

/**
 * Checks `personas` and `lanes` against the journey and the lane registry, as `waymark render`
 * checks --persona and --lanes, and builds the renderer's options. Theme, page and scale are
 * already checked by the route's schema.
 */
export function renderOptions(journey: Journey, query: RenderQuery): RenderOptions {
  const personaIds = journey.personas.map((persona) => persona.id);
  const personas = query.personas === undefined ? [] : list(query.personas);
  for (const id of personas)
    if (!personaIds.includes(id))
      throw invalid(
        'personas',
        `this journey has no persona ${id}${hint(id, personaIds)}; it has ${personaIds.join(', ') || 'none'}`,
      );
  const known: readonly string[] = laneIds;
  const lanes = query.lanes === undefined ? undefined : list(query.lanes);
  for (const [index, id] of (lanes ?? []).entries()) {
    if (!known.includes(id))
      throw invalid('lanes', `unknown lane ${id}${hint(id, known)}; lanes are ${known.join(', ')}`);
    if (lanes?.indexOf(id) !== index) throw invalid('lanes', `lane ${id} is listed twice`);
  }
  return {
    ...(personas.length > 0 ? { personas } : {}),
    ...(lanes === undefined ? {} : { lanes: lanes as LaneId[] }),
    ...(query.theme === undefined ? {} : { theme: query.theme }),
    ...(query.page === undefined ? {} : { page: query.page }),
  };
}
