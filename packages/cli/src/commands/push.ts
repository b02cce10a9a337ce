import { isDeepStrictEqual } from 'node:util';
import type { Journey } from '@waymark/core';
import type { Command } from 'commander';
import { usageError } from '../CliError.js';
import { type CommandContext, type CommandHost, reportDiagnostics } from '../commandContext.js';
import { ExitCode } from '../exitCodes.js';
import { diagnosticsOf, readBytes, readJourneyFile } from '../readJourneyFile.js';
import { apiPath, connect, type RemoteClient, revisionOf } from '../remote/remoteClient.js';
import { contentHash, readSyncEntry, writeSyncEntry } from '../remote/syncState.js';

interface PushOptions {
  readonly workspace?: string;
  readonly server?: string;
  readonly force?: boolean;
  readonly json?: boolean;
}

/** What happened to one file. */
interface PushOutcome {
  readonly file: string;
  readonly id?: string;
  readonly result: 'created' | 'updated' | 'unchanged' | 'refused' | 'invalid';
  readonly revision?: number;
  readonly reason?: string;
}

/** `waymark push`: journey files → a workspace on the server, never over someone else's edit. */
export function registerPushCommand(program: Command, host: CommandHost): void {
  program
    .command('push')
    .description('upload journey files to a workspace on a Waymark server')
    .argument('<files...>', 'journey files (.yaml, .yml or .json)')
    .option('-w, --workspace <slug>', 'the workspace to push to (required)')
    .option('--server <url>', 'the server (default: WAYMARK_SERVER, else the one you logged in to)')
    .option('-f, --force', 'overwrite the server copy even if it changed since your last pull or push')
    .option('--json', 'print what happened to each file as JSON')
    .addHelpText(
      'after',
      `
A journey the server does not have is created. One it has is replaced only if the server copy
is still the one this file was last pulled or pushed at (kept in .waymark/sync.json next to the
file); if someone changed it since, push refuses (exit 1): pull first, or push --force.

Examples:
  $ waymark push journeys/*.yaml --workspace acme
  $ WAYMARK_SERVER=https://waymark.example.com WAYMARK_TOKEN=… waymark push checkout.yaml -w acme`,
    )
    .action(
      host.action(async (context, files: string[], options: PushOptions) => {
        const workspace = options.workspace;
        if (workspace === undefined)
          throw usageError('push: pass --workspace SLUG (the workspace to push to)');
        const client = await connect(context, options);
        const outcomes: PushOutcome[] = [];
        for (const file of files) outcomes.push(await pushFile(context, client, workspace, file, options));
        if (options.json)
          context.print(JSON.stringify({ server: client.server, workspace, files: outcomes }, null, 2));
        else
          for (const outcome of outcomes) {
            const line = `${outcome.file}: ${outcome.result}${outcome.revision === undefined ? '' : ` (${outcome.id} at revision ${outcome.revision})`}`;
            if (outcome.result === 'refused')
              context.printError(context.err.red(`${outcome.file}: ${outcome.reason}`));
            else if (outcome.result !== 'invalid') context.print(line);
          }
        return outcomes.some((o) => o.result === 'refused' || o.result === 'invalid')
          ? ExitCode.problems
          : ExitCode.ok;
      }),
    );
}

async function pushFile(
  context: CommandContext,
  client: RemoteClient,
  workspace: string,
  file: string,
  options: PushOptions,
): Promise<PushOutcome> {
  const absolute = context.resolve(file);
  const bytes = await readBytes(file, context.io.cwd);
  const parsed = await readJourneyFile(file, context.io.cwd);
  reportDiagnostics(context, diagnosticsOf(parsed.result));
  if (!parsed.result.ok) return { file, result: 'invalid' };
  const journey = parsed.result.journey;
  const path = apiPath('workspaces', workspace, 'journeys', journey.id);
  const body = JSON.stringify(journey);
  const record = (revision: number) =>
    writeSyncEntry(absolute, {
      server: client.server,
      workspace,
      id: journey.id,
      revision,
      hash: contentHash(bytes),
    });

  const current = await client.request('GET', path, { allow: [404] });
  if (current.status === 404) {
    const created = await client.request('POST', apiPath('workspaces', workspace, 'journeys'), {
      body,
      contentType: 'application/json',
    });
    const revision = revisionOf(created);
    await record(revision);
    return { file, id: journey.id, result: 'created', revision };
  }
  const serverRevision = revisionOf(current);
  if (!options.force) {
    const entry = await readSyncEntry(absolute);
    const same =
      entry !== undefined &&
      entry.server === client.server &&
      entry.workspace === workspace &&
      entry.id === journey.id;
    if (!same)
      return {
        file,
        id: journey.id,
        result: 'refused',
        reason: `journey ${journey.id} already exists in ${workspace} and this file was never pulled from it; pull first, or push --force`,
      };
    if (entry.revision !== serverRevision)
      return {
        file,
        id: journey.id,
        result: 'refused',
        reason: `journey ${journey.id} changed on the server since your last pull (rev ${entry.revision} → ${serverRevision}); pull first, or push --force`,
      };
  }
  if (isDeepStrictEqual(current.json, JSON.parse(body) as Journey)) {
    await record(serverRevision);
    return { file, id: journey.id, result: 'unchanged', revision: serverRevision };
  }
  const updated = await client.request('PUT', path, {
    body,
    contentType: 'application/json',
    ifMatch: serverRevision,
  });
  const revision = revisionOf(updated);
  await record(revision);
  return { file, id: journey.id, result: 'updated', revision };
}
