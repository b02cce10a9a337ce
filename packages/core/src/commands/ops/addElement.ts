import { formatPath } from '../../diagnostic.js';
import type { Journey } from '../../model/journey.js';
import type { ElementKind } from '../../model/walk.js';
import { IdAllocator } from '../../util/slug.js';
import type { CommandContext, CommandOutcome, Refusal } from '../commandContext.js';
import { countOf, indexProblem, parseWith, refuse, refuseAll } from '../commandContext.js';
import type { ElementPlace } from '../elementIndex.js';
import { kindWord } from '../elementWords.js';
import { insertAt, listAt, updateIn } from '../immutable.js';
import type { JourneyCommand } from '../journeyCommand.js';
import type { Fields, KeyPath } from '../kindSpecs.js';
import { elementLabel, kindSpecs } from '../kindSpecs.js';
import { placeIn } from '../placement.js';
import { loopProblems, referenceProblems, subtree, subtreeReferences } from '../references.js';

type Add = Extract<JourneyCommand, { op: 'add' }>;

/** `add`: a new element (with its steps or touchpoints, if it brings them) at `index` of its list. */
export function addElement(context: CommandContext, command: Add): CommandOutcome {
  const spec = kindSpecs[command.kind];
  const placement = placeIn(context.index, command.kind, command.parent);
  if ('problem' in placement) return refuse(context, ['parent'], placement.problem);
  const length = listAt(context.journey, placement.list).length;
  const index = command.index ?? length;
  const outOfRange = indexProblem(index, length, placement.owner, countOf(length, spec.plural));
  if (outOfRange !== undefined) return refuse(context, ['index'], outOfRange);

  const withIds = assignIds(context, command.kind, command.item);
  if (!withIds.ok) return withIds;
  const parsed = parseWith(context, spec.schema, withIds.item, ['item']);
  if (!parsed.ok) return parsed;
  const element: Fields = parsed.value;

  // References may name the journey's elements or the new ones (a path's `from` its own step).
  const added = subtree(command.kind, element);
  const known = new Map(context.index);
  for (const { kind, element: fields } of added) known.set(String(fields.id), newPlace(kind, fields));
  const badReference = refuseAll(
    context,
    referenceProblems(subtreeReferences(added), known).map(({ path, message }) => ({
      path: ['item', ...path],
      message,
    })),
  );
  if (badReference) return badReference;

  const journey = updateIn(context.journey, placement.list, (list) =>
    insertAt(list, index, element),
  ) as Journey;
  if (command.kind === 'stage') {
    const loop = loopProblems(journey.stages).find((problem) => problem.stage === element.id);
    if (loop) return refuse(context, ['item', 'loop', 'to'], loop.message);
  }
  return { ok: true, journey, allocated: withIds.allocated };
}

/** A new element's entry in the lookup of references (its place is not needed there). */
const newPlace = (kind: ElementKind, element: Fields): ElementPlace => ({
  kind,
  id: String(element.id),
  element,
  list: [],
  index: 0,
  path: [],
});

/**
 * The item with an id on itself and on each element it contains: explicit ids must be new to
 * the journey and to the item; missing ones are derived from names, as a file's are.
 */
function assignIds(
  context: CommandContext,
  kind: ElementKind,
  item: Fields,
): { ok: true; item: Fields; allocated: Record<string, string> } | Refusal {
  const elements = subtree(kind, item);
  const allocator = new IdAllocator();
  for (const id of context.index.keys()) allocator.claim(id);
  const firstAt = new Map<string, KeyPath>();
  const problems: { path: KeyPath; message: string }[] = [];
  for (const { element, path } of elements) {
    const id = element.id;
    if (typeof id !== 'string') continue;
    const taken = context.index.get(id)?.path ?? firstAt.get(id);
    const idPath = ['item', ...path, 'id'];
    if (taken !== undefined) {
      const where = context.index.has(id) ? taken : [...context.at, 'item', ...taken];
      problems.push({
        path: idPath,
        message: `duplicate id '${id}' (already the id of ${formatPath(where)})`,
      });
    } else {
      firstAt.set(id, path);
      allocator.claim(id);
    }
  }
  const refused = refuseAll(context, problems);
  if (refused) return refused;

  const allocated: Record<string, string> = {};
  const ids = new Map<Fields, string>();
  for (const { kind: elementKind, element, path } of elements) {
    if (element.id !== undefined) continue;
    const id = allocator.derive(elementLabel(elementKind, element) ?? kindWord(elementKind));
    ids.set(element, id);
    allocated[formatPath([...context.at, 'item', ...path])] = id;
  }
  return { ok: true, item: withIds(kind, item, ids), allocated };
}

/** A copy of the item tree with the allocated ids filled in. */
function withIds(kind: ElementKind, element: Fields, ids: ReadonlyMap<Fields, string>): Fields {
  const id = ids.get(element);
  const copy: Record<string, unknown> = id === undefined ? { ...element } : { id, ...element };
  if (id !== undefined) copy.id = id;
  const children = kindSpecs[kind].children;
  const items = children === undefined ? undefined : element[children.field];
  if (children !== undefined && Array.isArray(items)) {
    copy[children.field] = items.map((child: unknown) =>
      typeof child === 'object' && child !== null && !Array.isArray(child)
        ? withIds(children.kind, child as Fields, ids)
        : child,
    );
  }
  return copy;
}
