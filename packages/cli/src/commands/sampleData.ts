import type { SampleFormat } from '@waymark/analytics';
import { findTemplate, formatDiagnostic, parseJourney, templates } from '@waymark/core';
import type { Command } from 'commander';
import { usageError } from '../CliError.js';
import type { CommandHost } from '../commandContext.js';
import { ExitCode } from '../exitCodes.js';
import { suggestion } from '../suggest.js';
import { writeOutput } from '../writeOutput.js';

interface SampleDataOptions {
  readonly template: string;
  readonly customers: string;
  readonly seed: string;
  readonly output: string;
  readonly formats: string;
}

const known: readonly SampleFormat[] = ['csv', 'ndjson', 'parquet'];

/** `waymark sample-data`: synthetic event logs and a survey export for a template, with their ground truth. */
export function registerSampleDataCommand(program: Command, host: CommandHost): void {
  program
    .command('sample-data')
    .description(
      "write synthetic event logs and a survey export for a template's journey, with the ground truth",
    )
    .requiredOption(
      '-t, --template <id>',
      'the template whose journey customers travel (see: waymark templates)',
    )
    .option('--customers <n>', 'how many customers', '1000')
    .option('--seed <n>', 'random seed: the same seed writes the same data', '1')
    .option(
      '--formats <list>',
      'event log formats, comma-separated: csv, ndjson, parquet',
      'csv,ndjson,parquet',
    )
    .requiredOption('-o, --output <dir>', 'the directory to write into (created if missing)')
    .addHelpText(
      'after',
      `
Writes journey.yaml (the template), events.csv/.ndjson/.parquet, survey.csv and truth.json
(the designed drop-offs, customers per stage, the pain point and its phrase).

Example:
  $ waymark sample-data --template saas-onboarding --customers 100000 --seed 7 -o sample`,
    )
    .action(
      host.action(async (context, options: SampleDataOptions) => {
        const template = findTemplate(options.template);
        if (template === undefined) {
          const ids = templates.map((t) => t.id);
          throw usageError(
            `unknown template '${options.template}'${suggestion(options.template, ids)} (see: waymark templates)`,
          );
        }
        const customers = Number(options.customers);
        const seed = Number(options.seed);
        if (!Number.isInteger(customers) || customers < 1 || customers > 50_000_000)
          throw usageError(
            `--customers expects a whole number from 1 to 50000000, got '${options.customers}'`,
          );
        if (!Number.isInteger(seed)) throw usageError(`--seed expects a whole number, got '${options.seed}'`);
        const formats = options.formats.split(',').map((f) => f.trim());
        for (const format of formats)
          if (!known.includes(format as SampleFormat))
            throw usageError(`--formats: unknown format '${format}'; expected ${known.join(', ')}`);
        const parsed = parseJourney(template.source, { fileName: template.id });
        if (!parsed.ok)
          throw new Error(
            `template ${template.id} is invalid: ${formatDiagnostic(parsed.errors[0] ?? { severity: 'error', path: '', message: '' })}`,
          );
        const dir = context.resolve(options.output);
        const tty = context.io.stderr.isTTY === true;
        const { writeSample } = await import('@waymark/analytics');
        const { truth } = await writeSample(parsed.journey, dir, {
          customers,
          seed,
          formats: formats as SampleFormat[],
          ...(tty
            ? { onProgress: (done: number) => context.io.stderr.write(`\r${done} of ${customers} customers`) }
            : {}),
        });
        if (tty) context.io.stderr.write('\r\x1b[2K');
        await writeOutput(context, `${options.output}/journey.yaml`, template.source.replace(/^\n+/, ''));
        context.printError(
          `Wrote ${truth.events} events of ${customers} customers and ${truth.responses} survey responses to ${options.output} (ground truth in truth.json)`,
        );
        return ExitCode.ok;
      }),
    );
}
