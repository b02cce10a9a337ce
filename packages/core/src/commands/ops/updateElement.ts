import type { Journey } from '../../model/journey.js';
import type { CommandContext, CommandOutcome } from '../commandContext.js';
import { mayBeAbsent, parseWith, refuse, refuseAll } from '../commandContext.js';
import { findElement } from '../elementIndex.js';
import { kindWord, withArticle } from '../elementWords.js';
import { mergeFields, updateIn } from '../immutable.js';
import type { JourneyCommand } from '../journeyCommand.js';
import type { Fields, KindSpec } from '../kindSpecs.js';
import { kindSpecs } from '../kindSpecs.js';
import { loopProblems, referenceProblems } from '../references.js';

type Update = Extract<JourneyCommand, { op: 'update' }>;

/** `update`: a shallow merge of fields into one element of any kind. */
export function updateElement(context: CommandContext, command: Update): CommandOutcome {
  const place = findElement(context.index, command.id);
  if ('problem' in place) return refuse(context, ['id'], place.problem);
  const spec = kindSpecs[place.kind];
  const what = withArticle(kindWord(place.kind));
  const problems = Object.entries(command.set).flatMap(([field, value]) => {
    const message = fieldProblem(spec, what, field, value);
    return message === undefined ? [] : [{ path: ['set', field], message }];
  });
  const refused = refuseAll(context, problems);
  if (refused) return refused;

  // The children are checked where they were added; parse the element without them and put
  // the same list back, so an update of a stage neither re-checks nor copies its steps.
  const childField = spec.children?.field;
  const merged = mergeFields(place.element, command.set);
  if (childField !== undefined) merged[childField] = [];
  const parsed = parseWith(context, spec.schema, merged, ['set']);
  if (!parsed.ok) return parsed;
  const element: Fields =
    childField === undefined ? parsed.value : { ...parsed.value, [childField]: place.element[childField] };

  const badReference = refuseAll(
    context,
    referenceProblems(spec.references(element), context.index).map(({ path, message }) => ({
      path: ['set', ...path],
      message,
    })),
  );
  if (badReference) return badReference;

  const journey = updateIn(context.journey, place.path, () => element) as Journey;
  if (place.kind === 'stage') {
    const loop = loopProblems(journey.stages).find((problem) => problem.stage === place.id);
    if (loop) return refuse(context, ['set', 'loop'], loop.message);
  }
  return { ok: true, journey };
}

/** Why a field cannot be set this way, if it cannot. */
function fieldProblem(spec: KindSpec, what: string, field: string, value: unknown): string | undefined {
  if (field === 'id') return `the id of ${what} cannot be changed by update`;
  if (field === spec.children?.field) {
    return `the ${field} of ${what} cannot be set by update; add, move or remove them with their own commands`;
  }
  if (value === null && !mayBeAbsent(spec.schema, field))
    return `'${field}' is required; it cannot be removed`;
  return undefined;
}
