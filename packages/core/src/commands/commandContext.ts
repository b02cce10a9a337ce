// What every op is given and gives back, and the two ways it says no: a message at a path of
// the command, or the schema's own issues in core's words (describeIssue).
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostic.js';
import { formatPath } from '../diagnostic.js';
import { describeIssue } from '../format/describeIssue.js';
import type { Journey } from '../model/journey.js';
import type { ElementIndex } from './elementIndex.js';
import type { KeyPath } from './kindSpecs.js';

/** The journey as the command finds it, and where the command sits: `['commands', 3]`. */
export interface CommandContext {
  readonly journey: Journey;
  readonly index: ElementIndex;
  readonly at: KeyPath;
}

export type CommandOutcome =
  | {
      readonly ok: true;
      readonly journey: Journey;
      /** Ids derived for items that came without one, by the path of the item in the commands. */
      readonly allocated?: Readonly<Record<string, string>>;
    }
  | { readonly ok: false; readonly errors: readonly Diagnostic[] };

/** A command refused, with why. */
export type Refusal = Extract<CommandOutcome, { ok: false }>;

/** An error at a path inside the command (`commands[3].item.name`). */
export function errorAt(context: CommandContext, path: KeyPath, message: string): Diagnostic {
  return { severity: 'error', path: formatPath([...context.at, ...path]), message };
}

/** The command refused, for one reason. */
export function refuse(context: CommandContext, path: KeyPath, message: string): Refusal {
  return { ok: false, errors: [errorAt(context, path, message)] };
}

/** The command refused, for each of these reasons; or nothing when there are none. */
export function refuseAll(
  context: CommandContext,
  problems: readonly { path: KeyPath; message: string }[],
): Refusal | undefined {
  if (problems.length === 0) return undefined;
  return { ok: false, errors: problems.map(({ path, message }) => errorAt(context, path, message)) };
}

/**
 * `value` checked by `schema`, defaults applied; or its problems in core's words, at `prefix`
 * inside the command. `root` is the schema the issue paths are read against when it is not
 * `schema` itself (a picked part of a bigger schema).
 */
export function parseWith<T extends z.ZodType>(
  context: CommandContext,
  schema: T,
  value: unknown,
  prefix: KeyPath,
  root: z.ZodType = schema,
): { ok: true; value: z.output<T> } | Refusal {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors = parsed.error.issues.flatMap((issue) =>
    describeIssue(issue, root).map(({ path, message }) =>
      errorAt(
        context,
        [...prefix, ...path.map((key) => (typeof key === 'number' ? key : String(key)))],
        message,
      ),
    ),
  );
  return { ok: false, errors };
}

/** Whether a field of an object schema may be absent (it is optional or has a default). */
export function mayBeAbsent(schema: z.ZodObject, field: string): boolean {
  const fieldSchema = schema.shape[field] as z.ZodType | undefined;
  return fieldSchema === undefined || fieldSchema.safeParse(undefined).success;
}

/** "index 7 is out of range: stage 'purchase' has 3 steps, so the index must be from 0 to 3". */
export function indexProblem(index: number, max: number, where: string, count: string): string | undefined {
  if (index <= max) return undefined;
  const range = max === 0 ? 'must be 0' : `must be from 0 to ${max}`;
  return `index ${index} is out of range: ${where} has ${count}, so the index ${range}`;
}

/** "3 steps", "1 step", "no steps". */
export function countOf(count: number, plural: string): string {
  if (count === 0) return `no ${plural}`;
  if (count > 1) return `${count} ${plural}`;
  const singular = plural === 'opportunities' ? 'opportunity' : plural.replace(/s$/, '');
  return `1 ${singular}`;
}
