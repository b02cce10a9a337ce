import type { Diagnostic, Journey } from '@waymark/core';
import type { Command } from 'commander';
import { CliError } from '../CliError.js';
import { type CommandContext, type CommandHost, diagnosticLine } from '../commandContext.js';
import { ExitCode, worstExitCode } from '../exitCodes.js';
import { readJourneyFile } from '../readJourneyFile.js';

interface ValidateOptions {
  readonly json?: boolean;
}

/** The outcome for one file, as printed by `waymark validate --json`. */
export interface FileValidation {
  readonly file: string;
  readonly valid: boolean;
  readonly errors: readonly Diagnostic[];
  readonly warnings: readonly Diagnostic[];
  /** Set when the file could not be read at all (then `errors` is empty). */
  readonly readError?: string;
}

/** A validation and, when the file is valid, its journey. */
export interface CheckedFile {
  readonly validation: FileValidation;
  readonly journey?: Journey;
}

/**
 * Reads and validates one file. A file that cannot be read is reported on stderr and in the
 * result rather than thrown, so that the other files of the command still get checked.
 */
export async function checkFile(context: CommandContext, file: string): Promise<CheckedFile> {
  try {
    const { result } = await readJourneyFile(file, context.io.cwd);
    if (result.ok)
      return {
        validation: { file, valid: true, errors: [], warnings: result.warnings },
        journey: result.journey,
      };
    return { validation: { file, valid: false, errors: result.errors, warnings: result.warnings } };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    context.printError(context.err.red(error.describe()));
    return { validation: { file, valid: false, errors: [], warnings: [], readError: error.message } };
  }
}

/** The exit code for a set of validations: 3 if a file could not be read, else 1 if any is invalid. */
export function validationExitCode(results: readonly FileValidation[]): ExitCode {
  return worstExitCode(
    results.map((r) => {
      if (r.readError !== undefined) return ExitCode.file;
      return r.valid ? ExitCode.ok : ExitCode.problems;
    }),
  );
}

/** `waymark validate`: checks journey files against the format and reports every problem. */
export function registerValidateCommand(program: Command, host: CommandHost): void {
  program
    .command('validate')
    .description('check journey files against the file format; print every problem as file:line:col')
    .argument('<files...>', 'journey files (.yaml, .yml or .json)')
    .option('--json', 'print a JSON report on stdout')
    .addHelpText(
      'after',
      `
Exit code 1 if any file has errors (warnings alone do not fail).

Examples:
  $ waymark validate journeys/*.yaml
  $ waymark validate --json journey.yaml`,
    )
    .action(
      host.action(async (context, files: string[], options: ValidateOptions) => {
        const results: FileValidation[] = [];
        for (const file of files) results.push((await checkFile(context, file)).validation);
        if (options.json) {
          const valid = results.every((r) => r.valid);
          context.print(JSON.stringify({ valid, files: results }, null, 2));
          return validationExitCode(results);
        }
        for (const result of results) {
          if (result.readError !== undefined) continue;
          for (const diagnostic of [...result.errors, ...result.warnings]) {
            context.print(diagnosticLine(diagnostic, context.out));
          }
          if (result.valid) context.print(`${context.out.green('✓')} ${result.file} is valid`);
        }
        const invalid = results.filter((r) => !r.valid).length;
        if (files.length > 1 || invalid > 0) {
          const errors = results.reduce((sum, r) => sum + r.errors.length, 0);
          const summary = `${results.length - invalid} of ${results.length} files valid, ${errors} error${errors === 1 ? '' : 's'}`;
          context.print(invalid > 0 ? context.out.red(`✗ ${summary}`) : context.out.green(summary));
        }
        return validationExitCode(results);
      }),
    );
}
