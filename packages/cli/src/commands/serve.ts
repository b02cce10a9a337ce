import type { Command } from 'commander';
import { usageError } from '../CliError.js';
import type { CommandHost } from '../commandContext.js';
import { ExitCode } from '../exitCodes.js';

interface ServeOptions {
  readonly port?: number;
  readonly host?: string;
  readonly data?: string;
  /** false after --no-sample. */
  readonly sample: boolean;
}

function parsePort(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65535)
    throw usageError(`--port expects a port number from 0 to 65535, got '${value}'`);
  return Number(value);
}

/** `waymark serve`: runs the Waymark server (API and web app) until SIGTERM or Ctrl-C. */
export function registerServeCommand(program: Command, host: CommandHost): void {
  program
    .command('serve')
    .description('run the Waymark server: the API and the web app, on SQLite or PostgreSQL')
    .option('--port <n>', 'TCP port (default: PORT, else 4000)', parsePort)
    .option('--host <address>', 'interface to listen on (default: HOST, else 127.0.0.1)')
    .option(
      '--data <dir>',
      'where the SQLite database and the secret live (default: WAYMARK_DATA, else ./data)',
    )
    .option('--no-sample', 'do not create the sample workspace on a fresh database')
    .addHelpText(
      'after',
      `
Environment: PORT, HOST, WAYMARK_DATA, DATABASE_URL (postgres://… to use PostgreSQL),
WAYMARK_URL (the public address, for links), WAYMARK_SECRET, LOG_LEVEL. Flags win.
The first run prints a setup link for the first account. SIGTERM or Ctrl-C stops the server
after the requests in flight (exit 0); a second signal stops it at once.

Examples:
  $ waymark serve
  $ waymark serve --port 8080 --data /var/lib/waymark
  $ DATABASE_URL=postgres://waymark@db/waymark waymark serve --host 0.0.0.0`,
    )
    .action(
      host.action(async (context, options: ServeOptions) => {
        // Loaded here, not at start-up: the server weighs two seconds on every other command.
        const { ConfigError, readConfig, startServer } = await import('@waymark/server');
        let config: ReturnType<typeof readConfig>;
        try {
          config = readConfig(
            {
              ...(options.port === undefined ? {} : { port: options.port }),
              ...(options.host === undefined ? {} : { host: options.host }),
              ...(options.data === undefined ? {} : { dataDir: context.resolve(options.data) }),
              ...(options.sample ? {} : { sample: false }),
            },
            context.io.env,
          );
        } catch (error) {
          if (error instanceof ConfigError) throw usageError(error.message);
          throw error;
        }
        const server = await startServer(config, { announce: (line) => context.print(line) }).catch(
          (error: unknown) => {
            throw error instanceof ConfigError ? usageError(error.message) : error;
          },
        );
        await stopped();
        context.printError('Stopping: finishing the requests in flight (a second signal stops at once)…');
        const second = () => process.exit(ExitCode.internal);
        process.once('SIGINT', second);
        process.once('SIGTERM', second);
        await server.close();
        process.off('SIGINT', second);
        process.off('SIGTERM', second);
        context.printError('Stopped.');
        return ExitCode.ok;
      }),
    );
}

/** Resolves at the first SIGTERM or SIGINT. */
function stopped(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (signal: NodeJS.Signals) => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(signal);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}
