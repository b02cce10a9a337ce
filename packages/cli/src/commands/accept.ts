import { acceptAnalysis, acceptableItems, rewriteJourneyText, writeJourney } from '@waymark/core';
import type { Command } from 'commander';
import { usageError } from '../CliError.js';
import { type CommandHost, reportDiagnostics } from '../commandContext.js';
import { ExitCode } from '../exitCodes.js';
import { readAnalysisFile } from '../readAnalysisFile.js';
import { diagnosticsOf, readJourneyFile } from '../readJourneyFile.js';
import { extensionOf } from '../writeOutput.js';
import { writeOutputAtomic } from '../writeOutputAtomic.js';

interface AcceptOptions {
  readonly items?: string;
  readonly write?: boolean;
}

/** `all`, or `S1,M2` → the ids. */
function chosenItems(value: string): 'all' | string[] {
  if (value.trim() === 'all') return 'all';
  const ids = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (ids.length === 0) throw usageError(`--items expects all or ids like S1,M2, got '${value}'`);
  return ids;
}

/** `waymark accept`: puts suggestions and measured values of an analysis into the journey file. */
export function registerAcceptCommand(program: Command, host: CommandHost): void {
  program
    .command('accept')
    .description(
      'put what an analysis found into the journey: suggested pain points and insights with their evidence, measured values as metric measurements',
    )
    .argument('<journey>', 'the journey file the analysis was made of')
    .argument('<report>', 'the analysis document: the report.json of waymark analyze')
    .option('--items <ids>', 'what to accept: all, or ids like S1,S3,M1 (without it: list what is on offer)')
    .option('--write', 'write the journey file (without it: show what would be added and change nothing)')
    .addHelpText(
      'after',
      `
Ids: S1, S2, … are the analysis's suggestions in order; M1, M2, … the measured values that fit a
metric of the journey (NPS, CSAT and CES by place; conversion and drop-off by stage).

Examples:
  $ waymark accept journey.yaml report.json
  $ waymark accept journey.yaml report.json --items S1,S2,M1 --write
  $ waymark accept journey.yaml report.json --items all --write`,
    )
    .action(
      host.action(async (context, file: string, report: string, options: AcceptOptions) => {
        const read = await readJourneyFile(file, context.io.cwd);
        reportDiagnostics(context, diagnosticsOf(read.result));
        if (!read.result.ok) return ExitCode.problems;
        const journey = read.result.journey;
        const analysis = await readAnalysisFile(report, context.io.cwd, journey);
        if (options.items === undefined) {
          const items = acceptableItems(journey, analysis);
          if (items.length === 0) context.printError(`${report} offers nothing to accept`);
          for (const item of items) context.print(`${item.id}  ${item.kind.padEnd(11)}  ${item.summary}`);
          return ExitCode.ok;
        }
        const result = acceptAnalysis(journey, analysis, chosenItems(options.items));
        if (!result.ok) throw usageError(result.errors.join('; '), report);
        for (const item of result.accepted)
          context.print(`${item.id}  ${item.kind.padEnd(11)}  ${item.summary}`);
        if (!options.write) {
          context.printError(
            `Would add ${result.accepted.length} items to ${file}; add --write to write them`,
          );
          return ExitCode.ok;
        }
        // YAML keeps the person's own text (comments, short forms) around what was added.
        const rewritten =
          extensionOf(file) === '.json'
            ? { text: writeJourney(result.journey, 'json'), keptLayout: true }
            : rewriteJourneyText(read.source, journey, result.journey, read.parseOptions);
        if (!rewritten.keptLayout)
          context.printError(
            `${file}: could not keep the file's own layout here, so it is written in canonical form`,
          );
        await writeOutputAtomic(context.resolve(file), rewritten.text, { displayName: file });
        context.printError(
          `Accepted ${result.accepted.length} items into ${file}. Next: waymark lint ${file}`,
        );
        return ExitCode.ok;
      }),
    );
}
