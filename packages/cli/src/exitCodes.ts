/**
 * The exit codes of `waymark`, documented in docs/cli.md and in `waymark --help`.
 * A script can tell "the journey has problems" (1) from "I called it wrong" (2)
 * from "the disk said no" (3) from "Waymark has a bug" (4).
 */
export const ExitCode = {
  /** Everything went well. */
  ok: 0,
  /** The input has problems: an invalid journey, lint findings over the threshold, differences with --exit-code. */
  problems: 1,
  /** Usage error: unknown command, flag, template or format; a missing or malformed argument. */
  usage: 2,
  /** A file could not be read or written. */
  file: 3,
  /** An unexpected internal error: a bug in Waymark. */
  internal: 4,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** The text of the exit-code table, shown at the end of `waymark --help`. */
export const exitCodeHelp = `Exit codes:
  0  success
  1  the input has problems (invalid journey, lint findings over the threshold,
     differences with --exit-code)
  2  usage error (unknown command, flag, template or format; missing argument)
  3  a file could not be read or written
  4  unexpected internal error (a bug: please report it)`;

/** The most serious of several exit codes (internal > file > usage > problems > ok). */
export function worstExitCode(codes: readonly ExitCode[]): ExitCode {
  let worst: ExitCode = ExitCode.ok;
  for (const code of codes) if (code > worst) worst = code;
  return worst;
}
