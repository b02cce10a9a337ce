import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { CliError } from './CliError.js';
import { type CliIo, processIo } from './cliIo.js';
import { type CommandHost, createContext } from './commandContext.js';
import { registerAcceptCommand } from './commands/accept.js';
import { registerAnalyzeCommand } from './commands/analyze.js';
import { registerBackupCommand } from './commands/backup.js';
import { registerDiffCommand } from './commands/diff.js';
import { registerExportCommand } from './commands/export.js';
import { registerImportCommand } from './commands/import.js';
import { registerInitCommand } from './commands/init.js';
import { registerLintCommand } from './commands/lint.js';
import { registerLoginCommand } from './commands/login.js';
import { registerLogoutCommand } from './commands/logout.js';
import { registerPullCommand } from './commands/pull.js';
import { registerPushCommand } from './commands/push.js';
import { registerRenderCommand } from './commands/render.js';
import { registerRestoreCommand } from './commands/restore.js';
import { registerSampleDataCommand } from './commands/sampleData.js';
import { registerSchemaCommand } from './commands/schema.js';
import { registerServeCommand } from './commands/serve.js';
import { registerTemplatesCommand } from './commands/templates.js';
import { registerValidateCommand } from './commands/validate.js';
import { ExitCode, exitCodeHelp } from './exitCodes.js';
import { createStyle, wantsColor } from './style.js';

/** The version in packages/cli/package.json. */
function cliVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const version =
    typeof manifest === 'object' && manifest !== null && 'version' in manifest ? manifest.version : '';
  return typeof version === 'string' ? version : '0.0.0';
}

/** Builds the `waymark` program; every command reports its exit code through `record`. */
export function buildProgram(io: CliIo, record: (code: ExitCode) => void): Command {
  const program = new Command('waymark');
  const host: CommandHost = {
    action:
      (handler) =>
      async (...args) => {
        const color = program.opts<{ color?: boolean }>().color !== false;
        record(await handler(createContext(io, color), ...args));
      },
  };
  const errorStyle = () => createStyle(wantsColor(io.stderr, io, !io.env.NO_COLOR));
  program
    .description('Customer journey maps as code: validate, lint, render, diff, import and export journeys.')
    .version(cliVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .option('--no-color', 'never colour the output (colours are used only on a terminal)')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(errorStyle().red(`waymark: ${text}`)),
    })
    .addHelpText(
      'after',
      `
Examples:
  $ waymark init --template hotel-stay journeys/hotel.yaml
  $ waymark lint journeys/*.yaml
  $ waymark render journeys/hotel.yaml -o hotel.png

${exitCodeHelp}

Documentation: docs/cli.md (commands), docs/format.md (the journey file format).`,
    );
  registerInitCommand(program, host);
  registerTemplatesCommand(program, host);
  registerValidateCommand(program, host);
  registerLintCommand(program, host);
  registerRenderCommand(program, host);
  registerDiffCommand(program, host);
  registerImportCommand(program, host);
  registerExportCommand(program, host);
  registerSchemaCommand(program, host);
  registerAnalyzeCommand(program, host);
  registerAcceptCommand(program, host);
  registerSampleDataCommand(program, host);
  registerServeCommand(program, host);
  registerLoginCommand(program, host);
  registerLogoutCommand(program, host);
  registerPushCommand(program, host);
  registerPullCommand(program, host);
  registerBackupCommand(program, host);
  registerRestoreCommand(program, host);
  return program;
}

/**
 * Runs `waymark` with the given process arguments (`process.argv`: node, script, …) and
 * returns the exit code. Never throws: user errors are printed on stderr without a stack
 * trace, unexpected errors with a hint to report them.
 */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<ExitCode> {
  let code: ExitCode = ExitCode.ok;
  const style = createStyle(wantsColor(io.stderr, io, !argv.includes('--no-color')));
  try {
    const program = buildProgram(io, (result) => {
      code = result;
    });
    await program.parseAsync([...argv], { from: 'node' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version end with exit code 0; everything else commander refuses is a usage error.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (error instanceof CliError) {
      io.stderr.write(`${style.red(error.describe())}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(
      `${style.red('waymark: internal error — this is a bug in Waymark, not in your journey.')}\n` +
        `Please report it on the Waymark issue tracker with the command you ran and this message:\n${detail}\n`,
    );
    return ExitCode.internal;
  }
}
