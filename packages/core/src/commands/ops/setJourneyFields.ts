import { Journey } from '../../model/journey.js';
import { didYouMean } from '../../util/suggest.js';
import type { CommandContext, CommandOutcome } from '../commandContext.js';
import { parseWith } from '../commandContext.js';
import { mergeFields } from '../immutable.js';
import type { JourneyCommand } from '../journeyCommand.js';

type JourneySet = Extract<JourneyCommand, { op: 'journey.set' }>;

/** The journey's own fields that `journey.set` changes; its elements have their own commands. */
const head = Journey.pick({
  title: true,
  objective: true,
  description: true,
  scope: true,
  state: true,
  redesigns: true,
  status: true,
  owner: true,
  version: true,
  tags: true,
  review: true,
});
/** The same fields as the command's schema takes (a test holds them equal). */
export const settableJourneyFields: readonly string[] = Object.keys(head.shape);

/** Why journey.set does not take a field (the API reports it before the command is applied). */
export function notSettable(field: string): string {
  if (field === 'id') return "the journey's id cannot be changed by a command";
  if (Object.hasOwn(Journey.shape, field) && field !== 'formatVersion') {
    return `the journey's ${field} are edited with add, update, move and remove commands, not journey.set`;
  }
  return `unknown field '${field}'${didYouMean(field, settableJourneyFields)}; journey.set takes ${settableJourneyFields.join(', ')}`;
}

/**
 * `journey.set`: the journey's title, objective, status, … The command's schema has already
 * refused other fields and a `null` title; the merge is checked by the journey's own schema.
 */
export function setJourneyFields(context: CommandContext, command: JourneySet): CommandOutcome {
  const patch: Readonly<Record<string, unknown>> = command.set;
  const current = Object.fromEntries(
    settableJourneyFields.flatMap((field) =>
      field in context.journey ? [[field, Reflect.get(context.journey, field)]] : [],
    ),
  );
  const parsed = parseWith(context, head, mergeFields(current, patch), ['set'], Journey);
  if (!parsed.ok) return parsed;
  const journey: Record<string, unknown> = { ...context.journey };
  for (const field of Object.keys(patch)) {
    const value: unknown = Reflect.get(parsed.value, field);
    if (value === undefined) delete journey[field];
    else journey[field] = value;
  }
  return { ok: true, journey: journey as Journey };
}
