import type { Command } from 'commander';
import { CliError, usageError } from '../CliError.js';
import type { CommandHost } from '../commandContext.js';
import { ExitCode } from '../exitCodes.js';
import { writeCredentials } from '../remote/credentials.js';
import { normalizeServer, RemoteClient } from '../remote/remoteClient.js';

interface LoginOptions {
  readonly server?: string;
  readonly token?: string;
  readonly json?: boolean;
}

/** `waymark login`: checks an API token against the server and stores it for later commands. */
export function registerLoginCommand(program: Command, host: CommandHost): void {
  program
    .command('login')
    .description('store an API token for a Waymark server (checked first)')
    .option('--server <url>', 'the server (default: WAYMARK_SERVER)')
    .option('--token <token>', 'the API token (default: read from stdin, so it stays out of shell history)')
    .option('--json', 'print who you are logged in as, as JSON')
    .addHelpText(
      'after',
      `
Create a token in the web app (Account → API tokens) or with POST /api/v1/me/tokens.
The token is stored in $WAYMARK_CONFIG_DIR/credentials.json, else
~/.config/waymark/credentials.json, readable by you only. In CI, set WAYMARK_SERVER and
WAYMARK_TOKEN instead of logging in.

Examples:
  $ waymark login --server https://waymark.example.com < token.txt
  $ echo "$TOKEN" | waymark login --server http://localhost:4000`,
    )
    .action(
      host.action(async (context, options: LoginOptions) => {
        const given = options.server ?? (context.io.env.WAYMARK_SERVER || undefined);
        if (given === undefined) throw usageError('login: pass --server URL (or set WAYMARK_SERVER)');
        const server = normalizeServer(given);
        const token = (options.token ?? (await readStdin())).trim();
        if (token === '')
          throw usageError(
            'login: no token: pass --token, or pipe it on stdin (echo "$TOKEN" | waymark login …)',
          );
        const me = await new RemoteClient(server, token).request('GET', '/me');
        const who = describeMe(me.json);
        const path = await writeCredentials(context.io.env, { server, token });
        if (options.json) context.print(JSON.stringify({ server, ...who, credentials: path }, null, 2));
        else context.print(`Logged in to ${server} as ${who.name} <${who.email}>. Token stored in ${path}.`);
        return ExitCode.ok;
      }),
    );
}

function describeMe(json: unknown): { name: string; email: string } {
  if (typeof json === 'object' && json !== null && 'name' in json && 'email' in json)
    return { name: String(json.name), email: String(json.email) };
  throw new CliError(
    'the server did not say who the token belongs to; is this a Waymark server?',
    ExitCode.problems,
  );
}

/** All of stdin as text (nothing when it is a terminal: then there is no token to read). */
async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}
