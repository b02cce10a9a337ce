import type { Diagnostic } from '../diagnostic.js';
import { formatDiagnostic, formatPath } from '../diagnostic.js';
import { validateJourney } from '../format/parseJourney.js';
import type { Journey } from '../model/journey.js';
import type { CommandContext, CommandOutcome } from './commandContext.js';
import { indexElements } from './elementIndex.js';
import type { JourneyCommand } from './journeyCommand.js';
import { addElement } from './ops/addElement.js';
import { addMeasurement } from './ops/addMeasurement.js';
import { clearEmotion, setEmotion } from './ops/emotionCommands.js';
import { moveElement } from './ops/moveElement.js';
import { removeElement } from './ops/removeElement.js';
import { setJourneyFields } from './ops/setJourneyFields.js';
import { updateElement } from './ops/updateElement.js';
import { parseCommands } from './parseCommands.js';

export type CommandResult =
  | {
      readonly ok: true;
      readonly journey: Journey;
      /**
       * The ids derived for added items that came without one, by the item's path in the
       * commands: `{ "commands[0].item": "checkout", "commands[0].item.touchpoints[1]": "email" }`.
       */
      readonly allocated: Readonly<Record<string, string>>;
    }
  | { readonly ok: false; readonly errors: readonly Diagnostic[] };

/**
 * Applies commands in order, all or nothing: either every command applies and the result is a
 * valid journey, or nothing changes and the errors say which command failed and why (paths start
 * with `commands[i]`). The input journey is never mutated; the result shares what did not change.
 *
 * Commands are checked again here, so a payload may come straight from a client (parseCommands
 * reports malformed ones without a journey at hand).
 */
export function applyCommands(journey: Journey, commands: readonly JourneyCommand[]): CommandResult {
  const parsed = parseCommands(commands);
  if (!parsed.ok) return parsed;
  let current = journey;
  const allocated: Record<string, string> = {};
  for (const [index, command] of parsed.commands.entries()) {
    const outcome = applyCommand(current, command, index);
    if (!outcome.ok) return outcome;
    current = outcome.journey;
    Object.assign(allocated, outcome.allocated);
  }
  // Each command checks what it touches; this is the net under those checks: the result must
  // pass every rule a journey file passes.
  if (!validateJourney(current).ok) return { ok: false, errors: blame(journey, parsed.commands) };
  return { ok: true, journey: current, allocated };
}

function applyCommand(journey: Journey, command: JourneyCommand, index: number): CommandOutcome {
  const context: CommandContext = { journey, index: indexElements(journey), at: ['commands', index] };
  switch (command.op) {
    case 'journey.set':
      return setJourneyFields(context, command);
    case 'add':
      return addElement(context, command);
    case 'update':
      return updateElement(context, command);
    case 'move':
      return moveElement(context, command);
    case 'remove':
      return removeElement(context, command);
    case 'emotion.set':
      return setEmotion(context, command);
    case 'emotion.clear':
      return clearEmotion(context, command);
    case 'measurement.add':
      return addMeasurement(context, command);
  }
}

/**
 * The errors of a batch whose result is not a valid journey: replayed with a check after each
 * command, the first command that leaves the journey invalid is named with the rules it breaks.
 */
function blame(journey: Journey, commands: readonly JourneyCommand[]): Diagnostic[] {
  const before = validateJourney(journey);
  if (!before.ok) return before.errors.map((d) => ({ ...d, message: `before any command: ${d.message}` }));
  let current = journey;
  for (const [index, command] of commands.entries()) {
    const outcome = applyCommand(current, command, index);
    if (!outcome.ok) return [...outcome.errors];
    current = outcome.journey;
    const after = validateJourney(current);
    if (!after.ok) {
      return after.errors.map((d) => ({
        severity: 'error',
        path: formatPath(['commands', index]),
        message: `this command would leave the journey invalid: ${formatDiagnostic(d)}`,
      }));
    }
  }
  return [{ severity: 'error', path: 'commands', message: 'the commands would leave the journey invalid' }];
}
