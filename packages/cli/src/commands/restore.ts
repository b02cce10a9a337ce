import { basename } from 'node:path';
import type { Command } from 'commander';
import type { CommandHost } from '../commandContext.js';
import { ExitCode } from '../exitCodes.js';
import { readBytes } from '../readJourneyFile.js';
import { connect } from '../remote/remoteClient.js';

interface RestoreOptions {
  readonly workspace?: string;
  readonly server?: string;
  readonly json?: boolean;
}

interface RestoreReport {
  readonly workspace: { readonly slug: string; readonly name: string };
  readonly mode: 'full' | 'content-only';
  readonly signature: 'verified' | 'missing' | 'unverified';
  readonly membersNotRestored: number;
  readonly skippedMembers: readonly { readonly email: string; readonly role: string }[];
  readonly revokedShareLinks: number;
}

/** `waymark restore`: a backup archive → a NEW workspace you own. */
export function registerRestoreCommand(program: Command, host: CommandHost): void {
  program
    .command('restore')
    .description('restore a backup archive as a new workspace you own')
    .argument('<archive>', 'a file written by waymark backup')
    .option('-w, --workspace <slug>', "the new workspace's slug (default: from the archive's file name)")
    .option('--server <url>', 'the server (default: WAYMARK_SERVER, else the one you logged in to)')
    .option('--json', "print the server's report as JSON")
    .addHelpText(
      'after',
      `
Restore never changes an existing workspace: it creates a new one. An archive signed by this
server (or one sharing its WAYMARK_SECRET) is restored in full: members are re-added by email
where this server has an account for them, the others are listed as skipped. Any other archive
is restored content only: its journeys, versions, comments and personas, with you as the only
member.
A damaged or truncated archive is refused and nothing is written.

Examples:
  $ waymark restore acme-2026-05-01.waymark.gz --workspace acme-restored`,
    )
    .action(
      host.action(async (context, archive: string, options: RestoreOptions) => {
        const bytes = await readBytes(archive, context.io.cwd);
        const slug = options.workspace ?? slugFromFile(archive);
        const client = await connect(context, options);
        const response = await client.request(
          'POST',
          `/workspaces/restore?slug=${encodeURIComponent(slug)}`,
          {
            body: bytes,
            contentType: 'application/gzip',
          },
        );
        const report = response.json as RestoreReport;
        if (options.json) context.print(JSON.stringify(report, null, 2));
        else {
          context.print(
            `Restored ${archive} as workspace ${report.workspace.slug} (${report.workspace.name}).`,
          );
          if (report.mode === 'content-only')
            context.print(
              `  content only: the archive is ${report.signature === 'missing' ? 'not signed' : 'signed by another server'}, so no members or authors were taken from it (${report.membersNotRestored} member(s) not restored; invite them). To restore in full, run the server with the original server's WAYMARK_SECRET.`,
            );
          for (const member of report.skippedMembers)
            context.print(
              `  skipped member ${member.email} (${member.role}): no account with that email here`,
            );
          if (report.revokedShareLinks > 0)
            context.print(
              `  ${report.revokedShareLinks} share link(s) restored revoked: their tokens already open the original`,
            );
        }
        return ExitCode.ok;
      }),
    );
}

/** `acme-2026-05-01.waymark.gz` → `acme-2026-05-01`. */
function slugFromFile(file: string): string {
  return basename(file)
    .replace(/(\.waymark)?(\.tar)?\.gz$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);
}
