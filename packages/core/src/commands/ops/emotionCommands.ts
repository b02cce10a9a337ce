import type { Journey } from '../../model/journey.js';
import { Emotion } from '../../model/step.js';
import { didYouMean } from '../../util/suggest.js';
import type { CommandContext, CommandOutcome } from '../commandContext.js';
import { parseWith, refuse, refuseAll } from '../commandContext.js';
import { findElement } from '../elementIndex.js';
import { describeElement } from '../elementWords.js';
import { mergeFields, updateIn } from '../immutable.js';
import type { JourneyCommand } from '../journeyCommand.js';
import type { Fields } from '../kindSpecs.js';
import { referenceProblems } from '../references.js';

type EmotionSet = Extract<JourneyCommand, { op: 'emotion.set' }>;
type EmotionClear = Extract<JourneyCommand, { op: 'emotion.clear' }>;

/** The emotions of a step, by persona id. */
const emotionsOf = (step: Fields): Readonly<Record<string, unknown>> =>
  typeof step.emotions === 'object' && step.emotions !== null
    ? (step.emotions as Record<string, unknown>)
    : {};

/**
 * `emotion.set`: how a persona feels at a step. An existing emotion keeps the fields the command
 * leaves out (its thoughts, evidence, insights).
 */
export function setEmotion(context: CommandContext, command: EmotionSet): CommandOutcome {
  const step = findElement(context.index, command.step, ['step']);
  if ('problem' in step) return refuse(context, ['step'], step.problem);
  const persona = findElement(context.index, command.persona, ['persona']);
  if ('problem' in persona) return refuse(context, ['persona'], persona.problem);

  const { op: _op, step: _step, persona: _persona, ...patch } = command;
  const existing = emotionsOf(step.element)[persona.id];
  const before = typeof existing === 'object' && existing !== null ? (existing as Fields) : {};
  const parsed = parseWith(context, Emotion, mergeFields(before, patch), []);
  if (!parsed.ok) return parsed;
  const badInsight = refuseAll(context, referenceProblems(insightRefs(parsed.value.insights), context.index));
  if (badInsight) return badInsight;

  const journey = updateIn(context.journey, [...step.path, 'emotions'], (emotions) => ({
    ...(emotions as object),
    [persona.id]: parsed.value,
  })) as Journey;
  return { ok: true, journey };
}

const insightRefs = (ids: readonly string[]) =>
  ids.map((target, index) => ({ path: ['insights', index], target, kinds: ['insight'] as const }));

/** `emotion.clear`: a persona's emotion taken off a step. */
export function clearEmotion(context: CommandContext, command: EmotionClear): CommandOutcome {
  const step = findElement(context.index, command.step, ['step']);
  if ('problem' in step) return refuse(context, ['step'], step.problem);
  const emotions = emotionsOf(step.element);
  if (!Object.hasOwn(emotions, command.persona)) {
    const message = `${describeElement(step)} has no emotion of persona '${command.persona}'${didYouMean(command.persona, Object.keys(emotions))}`;
    return refuse(context, ['persona'], message);
  }
  const journey = updateIn(context.journey, [...step.path, 'emotions'], () =>
    Object.fromEntries(Object.entries(emotions).filter(([persona]) => persona !== command.persona)),
  ) as Journey;
  return { ok: true, journey };
}
