import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { usageError } from '../CliError.js';
import type { CommandContext, CommandHost } from '../commandContext.js';
import { ExitCode } from '../exitCodes.js';
import { readBytes } from '../readJourneyFile.js';
import { apiPath, connect, type RemoteClient, revisionOf } from '../remote/remoteClient.js';
import { contentHash, readSyncEntry, writeSyncEntry } from '../remote/syncState.js';
import { writeOutputAtomic } from '../writeOutputAtomic.js';

interface PullOptions {
  readonly workspace?: string;
  readonly server?: string;
  readonly output?: string;
  readonly all?: boolean;
  readonly force?: boolean;
  readonly json?: boolean;
}

interface PullOutcome {
  readonly id: string;
  readonly file: string;
  readonly result: 'pulled' | 'refused';
  readonly revision?: number;
  readonly reason?: string;
}

/** `waymark pull`: journeys from a workspace on the server → YAML files, never over local edits. */
export function registerPullCommand(program: Command, host: CommandHost): void {
  program
    .command('pull')
    .description('download journeys from a workspace on a Waymark server as YAML files')
    .argument('[ids...]', 'journey ids')
    .option('-w, --workspace <slug>', 'the workspace to pull from (required)')
    .option(
      '-o, --output <file|dir>',
      'where to write: a file (one id), or a directory (default: <id>.yaml here)',
    )
    .option('--all', 'pull every journey of the workspace (into -o DIR, default here)')
    .option('--server <url>', 'the server (default: WAYMARK_SERVER, else the one you logged in to)')
    .option('-f, --force', 'overwrite local files even if they have changes not pushed')
    .option('--json', 'print what happened to each journey as JSON')
    .addHelpText(
      'after',
      `
The revision each file was pulled at is kept in .waymark/sync.json next to it, for push.
A local file that changed since its last pull or push is left alone (exit 1) unless --force.

Examples:
  $ waymark pull checkout --workspace acme
  $ waymark pull checkout -w acme -o journeys/checkout.yaml
  $ waymark pull --all -w acme -o journeys/`,
    )
    .action(
      host.action(async (context, ids: string[], options: PullOptions) => {
        const workspace = options.workspace;
        if (workspace === undefined)
          throw usageError('pull: pass --workspace SLUG (the workspace to pull from)');
        if (options.all && ids.length > 0) throw usageError('pull: give journey ids or --all, not both');
        if (!options.all && ids.length === 0)
          throw usageError('pull: give journey ids, or --all for every journey');
        const client = await connect(context, options);
        const wanted = options.all ? await listJourneys(client, workspace) : ids;
        const toDirectory = options.all || wanted.length > 1 || (await isDirectory(context, options.output));
        const outcomes: PullOutcome[] = [];
        for (const id of wanted) {
          const file =
            toDirectory || options.output === undefined
              ? join(options.output ?? '.', `${id}.yaml`)
              : options.output;
          outcomes.push(await pullJourney(context, client, workspace, id, file, options.force === true));
        }
        if (options.json)
          context.print(JSON.stringify({ server: client.server, workspace, journeys: outcomes }, null, 2));
        else
          for (const outcome of outcomes) {
            if (outcome.result === 'refused')
              context.printError(context.err.red(`${outcome.file}: ${outcome.reason}`));
            else context.print(`${outcome.file}: pulled ${outcome.id} at revision ${outcome.revision}`);
          }
        return outcomes.some((o) => o.result === 'refused') ? ExitCode.problems : ExitCode.ok;
      }),
    );
}

async function pullJourney(
  context: CommandContext,
  client: RemoteClient,
  workspace: string,
  id: string,
  file: string,
  force: boolean,
): Promise<PullOutcome> {
  const absolute = context.resolve(file);
  const response = await client.request('GET', apiPath('workspaces', workspace, 'journeys', id), {
    accept: 'application/yaml',
  });
  const revision = revisionOf(response);
  const incoming = contentHash(response.bytes);
  if (!force) {
    const local = await readBytes(file, context.io.cwd).catch(() => undefined);
    if (local !== undefined) {
      const hash = contentHash(local);
      const entry = await readSyncEntry(absolute);
      if (hash !== incoming && entry?.hash !== hash)
        return {
          id,
          file,
          result: 'refused',
          reason:
            entry === undefined
              ? 'exists and was not pulled from the server; move it away, or pull --force to overwrite it'
              : 'has local changes not pushed yet; push them first, or pull --force to discard them',
        };
    }
  }
  await writeOutputAtomic(absolute, response.bytes, { displayName: file });
  await writeSyncEntry(absolute, { server: client.server, workspace, id, revision, hash: incoming });
  return { id, file, result: 'pulled', revision };
}

/** Every (not deleted) journey id of a workspace, a page at a time. */
async function listJourneys(client: RemoteClient, workspace: string): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; ) {
    const page = await client.request(
      'GET',
      `${apiPath('workspaces', workspace, 'journeys')}?limit=500&offset=${offset}`,
    );
    const json = page.json as { journeys?: { id?: unknown }[]; total?: unknown };
    const journeys = json.journeys ?? [];
    for (const journey of journeys) if (typeof journey.id === 'string') ids.push(journey.id);
    offset += journeys.length;
    if (journeys.length === 0 || offset >= Number(json.total)) return ids;
  }
}

async function isDirectory(context: CommandContext, output: string | undefined): Promise<boolean> {
  if (output === undefined) return false;
  if (/[/\\]$/.test(output)) return true;
  return (await stat(context.resolve(output)).catch(() => undefined))?.isDirectory() === true;
}
