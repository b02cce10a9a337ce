import { formatPath } from '../../diagnostic.js';
import type { Journey } from '../../model/journey.js';
import type { CommandContext, CommandOutcome } from '../commandContext.js';
import { errorAt, refuse } from '../commandContext.js';
import { findElement } from '../elementIndex.js';
import { describeElement } from '../elementWords.js';
import { removeAt, updateIn } from '../immutable.js';
import type { JourneyCommand } from '../journeyCommand.js';
import type { PlacedReference } from '../references.js';
import { journeyReferences, subtree } from '../references.js';

type Remove = Extract<JourneyCommand, { op: 'remove' }>;

/** How many referrers a message lists before it says "and n more". */
const SHOWN = 5;

/**
 * `remove`: an element with the steps and touchpoints it contains. Refused while anything outside
 * it still names it or them: the message says what, so the client can relink or remove that first.
 */
export function removeElement(context: CommandContext, command: Remove): CommandOutcome {
  const place = findElement(context.index, command.id);
  if ('problem' in place) return refuse(context, ['id'], place.problem);
  const removed = new Map(
    subtree(place.kind, place.element).map(({ kind, element }) => [String(element.id), kind]),
  );
  const blocking = new Map<string, PlacedReference[]>();
  for (const ref of journeyReferences(context.index)) {
    if (!removed.has(ref.target) || removed.has(ref.owner)) continue;
    const refs = blocking.get(ref.target) ?? [];
    refs.push(ref);
    blocking.set(ref.target, refs);
  }
  if (blocking.size > 0) {
    const errors = [...blocking].map(([target, refs]) => {
      const kind = removed.get(target) ?? place.kind;
      const named = describeElement({ kind, id: target });
      const subject =
        target === place.id ? named : `${describeElement(place)} cannot be removed: its ${named}`;
      return errorAt(context, ['id'], `${subject} is still referred to by ${referrers(refs)}`);
    });
    return { ok: false, errors };
  }
  const journey = updateIn(context.journey, place.list, (list) => removeAt(list, place.index)) as Journey;
  return { ok: true, journey };
}

/** "painPoints[0].at (slow-delivery) and metrics[1].at (nps); remove or relink them first". */
function referrers(refs: readonly PlacedReference[]): string {
  const shown = refs.slice(0, SHOWN).map((ref) => `${formatPath(ref.path)} (${ref.owner})`);
  const more = refs.length > SHOWN ? [`${refs.length - SHOWN} more`] : [];
  const all = [...shown, ...more];
  const list = all.length === 1 ? all[0] : `${all.slice(0, -1).join(', ')} and ${all.at(-1)}`;
  return `${list}; remove or relink ${refs.length === 1 ? 'it' : 'them'} first`;
}
