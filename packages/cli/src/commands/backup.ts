import type { Command } from 'commander';
import { usageError } from '../CliError.js';
import type { CommandHost } from '../commandContext.js';
import { ExitCode } from '../exitCodes.js';
import { apiPath, connect } from '../remote/remoteClient.js';
import { writeOutputAtomic } from '../writeOutputAtomic.js';

interface BackupOptions {
  readonly workspace?: string;
  readonly output?: string;
  readonly server?: string;
}

/** `waymark backup`: a workspace's whole archive from the server to a file (owners only). */
export function registerBackupCommand(program: Command, host: CommandHost): void {
  program
    .command('backup')
    .description('download a whole workspace as one archive (owners only)')
    .option('-w, --workspace <slug>', 'the workspace (required)')
    .option('-o, --output <file>', 'the archive to write (required), e.g. acme.waymark.gz')
    .option('--server <url>', 'the server (default: WAYMARK_SERVER, else the one you logged in to)')
    .addHelpText(
      'after',
      `
The archive holds every journey (deleted ones too) with all their versions, comments and
share links, the personas, the members (by email) and the audit log. Bring it back with
waymark restore, on this server or another.

Examples:
  $ waymark backup --workspace acme -o acme-2026-05-01.waymark.gz`,
    )
    .action(
      host.action(async (context, options: BackupOptions) => {
        if (options.workspace === undefined) throw usageError('backup: pass --workspace SLUG');
        if (options.output === undefined)
          throw usageError('backup: pass -o FILE (where to write the archive)');
        const client = await connect(context, options);
        const response = await client.request(
          'GET',
          `${apiPath('workspaces', options.workspace, 'backup')}`,
          {
            accept: 'application/gzip',
          },
        );
        await writeOutputAtomic(context.resolve(options.output), response.bytes, {
          displayName: options.output,
        });
        context.print(
          `Backed up ${options.workspace} to ${options.output} (${response.bytes.length} bytes).`,
        );
        return ExitCode.ok;
      }),
    );
}
