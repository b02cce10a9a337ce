import type { CommandContext } from './commandContext.js';
import { writeOutputAtomic } from './writeOutputAtomic.js';

/** `-o -` means standard output. */
export const STDOUT = '-';

/** Writes a command's output to a file (atomically) or, for `-`, to stdout. */
export async function writeOutput(
  context: CommandContext,
  target: string,
  data: string | Uint8Array,
): Promise<void> {
  if (target === STDOUT) {
    context.io.stdout.write(data);
    return;
  }
  await writeOutputAtomic(context.resolve(target), data, { displayName: target });
}

/** The lower-case extension of a path, with its dot (`.svg`), or '' when it has none. */
export function extensionOf(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}
