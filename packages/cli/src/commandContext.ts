import { resolve } from 'node:path';
import { type Diagnostic, formatDiagnostic, printable } from '@waymark/core';
import type { CliIo } from './cliIo.js';
import type { ExitCode } from './exitCodes.js';
import { createStyle, type Style, wantsColor } from './style.js';

/** What a command needs while it runs: the streams, their colours and the working directory. */
export interface CommandContext {
  readonly io: CliIo;
  /** Colours for stdout and for stderr (each on only if that stream is a terminal). */
  readonly out: Style;
  readonly err: Style;
  /** Writes a line (or lines) to stdout. */
  print(text: string): void;
  /** Writes a line (or lines) to stderr. */
  printError(text: string): void;
  /** An absolute path for a path given on the command line. */
  resolve(path: string): string;
}

/** A command's work: takes the context and commander's arguments, returns the exit code. */
export type CommandAction<Args extends unknown[]> = (
  context: CommandContext,
  ...args: Args
) => Promise<ExitCode>;

/** Turns command actions into commander action handlers that record the exit code. */
export interface CommandHost {
  action<Args extends unknown[]>(handler: CommandAction<Args>): (...args: Args) => Promise<void>;
}

/** The context for one command run; `color` is false after `--no-color`. */
export function createContext(io: CliIo, color: boolean): CommandContext {
  const line = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
  return {
    io,
    out: createStyle(wantsColor(io.stdout, io, color)),
    err: createStyle(wantsColor(io.stderr, io, color)),
    print: (text) => io.stdout.write(line(text)),
    printError: (text) => io.stderr.write(line(text)),
    resolve: (path) => resolve(io.cwd, path),
  };
}

/** One diagnostic as a line: `jacket.yaml:14:18 stages[1]…: message`, warnings marked as such. */
export function diagnosticLine(diagnostic: Diagnostic, style: Style): string {
  if (diagnostic.severity === 'error') return style.red(printable(formatDiagnostic(diagnostic)));
  return style.yellow(
    printable(formatDiagnostic({ ...diagnostic, message: `${diagnostic.message} (warning)` })),
  );
}

/** Prints diagnostics on stderr, one per line. */
export function reportDiagnostics(context: CommandContext, diagnostics: readonly Diagnostic[]): void {
  for (const diagnostic of diagnostics) context.printError(diagnosticLine(diagnostic, context.err));
}
