import type { Journey } from '../../model/journey.js';
import type { CommandContext, CommandOutcome } from '../commandContext.js';
import { countOf, indexProblem, refuse } from '../commandContext.js';
import { findElement } from '../elementIndex.js';
import { insertAt, listAt, removeAt, updateIn } from '../immutable.js';
import type { JourneyCommand } from '../journeyCommand.js';
import { kindSpecs } from '../kindSpecs.js';
import { placeIn } from '../placement.js';
import { loopProblems } from '../references.js';

type Move = Extract<JourneyCommand, { op: 'move' }>;

/**
 * `move`: an element to `index` of its list, counted once it has left its old place; a step to
 * another stage or path, a touchpoint to another step (`parent`).
 */
export function moveElement(context: CommandContext, command: Move): CommandOutcome {
  const place = findElement(context.index, command.id);
  if ('problem' in place) return refuse(context, ['id'], place.problem);
  const spec = kindSpecs[place.kind];
  const placement = placeIn(context.index, place.kind, command.parent ?? place.parent);
  if ('problem' in placement) return refuse(context, ['parent'], placement.problem);

  const sameList = samePath(placement.list, place.list);
  const length = listAt(context.journey, placement.list).length;
  const max = sameList ? length - 1 : length;
  const outOfRange = indexProblem(command.index, max, placement.owner, countOf(length, spec.plural));
  if (outOfRange !== undefined) return refuse(context, ['index'], outOfRange);
  if (sameList && command.index === place.index) return { ok: true, journey: context.journey };

  // Taking an element out of one list never shifts the path of another: lists of steps and of
  // touchpoints sit in different elements, and an element is never moved into itself.
  const without = updateIn(context.journey, place.list, (list) => removeAt(list, place.index));
  const journey = updateIn(without, placement.list, (list) =>
    insertAt(list, command.index, place.element),
  ) as Journey;
  if (place.kind === 'stage') {
    const loop = loopProblems(journey.stages)[0];
    if (loop)
      return refuse(context, ['index'], `stage '${loop.stage}' would then loop forward: ${loop.message}`);
  }
  return { ok: true, journey };
}

function samePath(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((key, index) => key === b[index]);
}
