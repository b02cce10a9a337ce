import type { z } from 'zod';
import type { Diagnostic } from '../diagnostic.js';
import { formatPath } from '../diagnostic.js';
import { describeIssue } from '../format/describeIssue.js';
import { schemaAt, unwrapSchema } from '../format/schemaWalk.js';
import { describeValue } from '../format/sourceNode.js';
import { didYouMean } from '../util/suggest.js';
import type { JourneyCommand, JourneyCommandOp } from './journeyCommand.js';
import { commandOps, commandSchemas } from './journeyCommand.js';
import { notSettable } from './ops/setJourneyFields.js';

export type ParseCommandsResult =
  | { readonly ok: true; readonly commands: JourneyCommand[] }
  | { readonly ok: false; readonly errors: Diagnostic[] };

/**
 * Reads a list of commands (an API payload) into `JourneyCommand`s, reporting every malformed
 * command at once at `commands[i]…`, in the words core uses for journey files. Whether a command
 * fits the journey (ids exist, fields suit the element) is for `applyCommands` to say.
 */
export function parseCommands(input: unknown): ParseCommandsResult {
  if (!Array.isArray(input)) {
    return {
      ok: false,
      errors: [error(['commands'], `expected a list of commands, got ${describeValue(input)}`)],
    };
  }
  const commands: JourneyCommand[] = [];
  const errors: Diagnostic[] = [];
  input.forEach((item: unknown, index) => {
    const parsed = parseCommand(item, ['commands', index]);
    if (parsed.ok) commands.push(parsed.command);
    else errors.push(...parsed.errors);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, commands };
}

function parseCommand(
  item: unknown,
  at: readonly (string | number)[],
): { ok: true; command: JourneyCommand } | { ok: false; errors: Diagnostic[] } {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    return {
      ok: false,
      errors: [error(at, `expected a command (a map with an 'op'), got ${describeValue(item)}`)],
    };
  }
  const op: unknown = Reflect.get(item, 'op');
  const ops = commandOps.join(', ');
  if (op === undefined)
    return { ok: false, errors: [error(at, `missing required field 'op' (one of ${ops})`)] };
  if (typeof op !== 'string' || !isOp(op)) {
    const hint = typeof op === 'string' ? didYouMean(op, commandOps) : '';
    const message = `unknown op ${describeValue(op)}${hint}; the ops are ${ops}`;
    return { ok: false, errors: [error([...at, 'op'], message)] };
  }
  const hidden = protoKeys(item, at);
  if (hidden.length > 0)
    return { ok: false, errors: hidden.map((path) => error(path, "unknown field '__proto__'")) };
  const schema: z.ZodType = commandSchemas[op];
  const parsed = schema.safeParse(item, { reportInput: true });
  if (parsed.success) return { ok: true, command: parsed.data as JourneyCommand };
  const errors = parsed.error.issues.flatMap((issue) => {
    const issuePath = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
    if (issue.code === 'unrecognized_keys') {
      const fields = fieldsAt(schema, issue.path);
      const journeyFields = op === 'journey.set' && issuePath.length === 1;
      return issue.keys.map((key) =>
        error(
          [...at, ...issuePath, key],
          journeyFields ? notSettable(key) : `unknown field '${key}'${didYouMean(key, fields)}`,
        ),
      );
    }
    return describeIssue(issue, schema).map(({ path, message }) =>
      error([...at, ...path.map((key) => (typeof key === 'number' ? key : String(key)))], message),
    );
  });
  return { ok: false, errors };
}

/**
 * Where a map holds an own `__proto__` key (JSON.parse makes one). zod's records drop such a key
 * silently; a journey file refuses it as an unknown field, and so does a command.
 */
function protoKeys(value: unknown, path: readonly (string | number)[]): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item: unknown, index) => protoKeys(item, [...path, index]));
  const own = Object.hasOwn(value, '__proto__') ? [[...path, '__proto__']] : [];
  return [...own, ...Object.entries(value).flatMap(([key, child]) => protoKeys(child, [...path, key]))];
}

const isOp = (op: string): op is JourneyCommandOp => Object.hasOwn(commandSchemas, op);

/** The field names of the object schema at a path, for "did you mean". */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const at = schemaAt(schema, path);
  const inner = at === undefined ? undefined : unwrapSchema(at);
  const shape: unknown = inner?._zod.def.type === 'object' ? Reflect.get(inner, 'shape') : undefined;
  return typeof shape === 'object' && shape !== null ? Object.keys(shape) : [];
}

function error(path: readonly (string | number)[], message: string): Diagnostic {
  return { severity: 'error', path: formatPath(path), message };
}
