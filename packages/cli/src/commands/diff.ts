import { diffJourneys, formatDiff } from '@waymark/core';
import type { Command } from 'commander';
import type { CommandHost } from '../commandContext.js';
import { ExitCode } from '../exitCodes.js';
import { loadJourney } from '../loadJourney.js';

interface DiffOptions {
  readonly json?: boolean;
  readonly exitCode?: boolean;
}

/** `waymark diff`: what changed between two versions of a journey, in words. */
export function registerDiffCommand(program: Command, host: CommandHost): void {
  program
    .command('diff')
    .description('show what changed between two versions of a journey (steps moved, emotions changed…)')
    .argument('<old>', 'the earlier journey file')
    .argument('<new>', 'the later journey file')
    .option('--json', 'print the changes as JSON on stdout')
    .option('--exit-code', 'exit with code 1 when the journeys differ (like git diff --exit-code)')
    .addHelpText(
      'after',
      `
Examples:
  $ waymark diff journey-v1.yaml journey-v2.yaml
  $ git show HEAD~1:journey.yaml > /tmp/old.yaml && waymark diff /tmp/old.yaml journey.yaml
  $ waymark diff --json --exit-code old.yaml new.yaml`,
    )
    .action(
      host.action(async (context, oldFile: string, newFile: string, options: DiffOptions) => {
        const before = await loadJourney(context, oldFile);
        const after = await loadJourney(context, newFile);
        if (before === undefined || after === undefined) return ExitCode.problems;
        const diff = diffJourneys(before, after);
        context.print(options.json ? JSON.stringify(diff, null, 2) : formatDiff(diff));
        return options.exitCode && diff.changes.length > 0 ? ExitCode.problems : ExitCode.ok;
      }),
    );
}
