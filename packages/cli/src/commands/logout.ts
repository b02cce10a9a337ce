import type { Command } from 'commander';
import type { CommandHost } from '../commandContext.js';
import { ExitCode } from '../exitCodes.js';
import { credentialsPath, removeCredentials } from '../remote/credentials.js';

/** `waymark logout`: forgets the stored token (the token itself stays valid until revoked). */
export function registerLogoutCommand(program: Command, host: CommandHost): void {
  program
    .command('logout')
    .description('forget the stored API token')
    .addHelpText(
      'after',
      `
The token is not revoked on the server; revoke it in the web app if it may have leaked.`,
    )
    .action(
      host.action(async (context) => {
        const path = credentialsPath(context.io.env);
        const existed = await removeCredentials(context.io.env);
        context.print(existed ? `Logged out: removed ${path}.` : 'Not logged in: nothing to forget.');
        return ExitCode.ok;
      }),
    );
}
