import { basename } from 'node:path';
import {
  findFormat,
  type InterchangeFormat,
  interchangeFormats,
  printable,
  writeJourney,
} from '@waymark/core';
import type { Command } from 'commander';
import { usageError } from '../CliError.js';
import { type CommandHost, reportDiagnostics } from '../commandContext.js';
import { ExitCode } from '../exitCodes.js';
import { readBytes, readText } from '../readJourneyFile.js';
import { suggestion } from '../suggest.js';
import { extensionOf, STDOUT, writeOutput } from '../writeOutput.js';

interface ImportOptions {
  readonly output: string;
  readonly from?: string;
}

/** The formats a journey can be read from. */
export function importableFormats(): InterchangeFormat[] {
  return interchangeFormats.filter((format) => format.import !== undefined);
}

/** The format named by --from, or else the one the input file's extension says. */
function inputFormat(file: string, from: string | undefined): InterchangeFormat {
  const ids = importableFormats().map((format) => format.id);
  if (from !== undefined) {
    const format = findFormat(from);
    if (format?.import === undefined) {
      const why = format === undefined ? 'unknown format' : 'cannot import from format';
      throw usageError(`--from: ${why} '${from}'${suggestion(from, ids)}`);
    }
    return format;
  }
  // findFormat matches whole endings, so `map.ujm.json` is UJM and `map.json` is a journey file.
  const format = extensionOf(file) === '' ? undefined : findFormat(basename(file));
  if (format?.import === undefined) {
    throw usageError(
      `cannot tell the input format from the file name; say it with --from ${ids.join('|')}`,
      file,
    );
  }
  return format;
}

/** `waymark import`: turns a Mermaid diagram, a spreadsheet or a UJM file into a journey file. */
export function registerImportCommand(program: Command, host: CommandHost): void {
  program
    .command('import')
    .description('turn a Mermaid journey, CSV, XLSX or UJM file into a Waymark journey file')
    .argument('<file>', 'the file to import')
    .requiredOption(
      '-o, --output <file>',
      'the journey file to write (.yaml, or .json for JSON; "-" for stdout)',
    )
    .option(
      '--from <format>',
      'the input format, when the extension does not say it: mermaid, csv, xlsx, ujm, json, yaml',
    )
    .addHelpText(
      'after',
      `
What the importer adjusted (clamped scores, default personas…) is listed on stderr.

Examples:
  $ waymark import journey.mmd -o journey.yaml
  $ waymark import workshop.xlsx -o journey.yaml
  $ waymark import --from mermaid diagram.txt -o journey.json`,
    )
    .action(
      host.action(async (context, file: string, options: ImportOptions) => {
        const format = inputFormat(file, options.from);
        const input = format.binary
          ? await readBytes(file, context.io.cwd)
          : await readText(file, context.io.cwd);
        const result = await format.import!(input, { fileName: file });
        if (!result.ok) {
          reportDiagnostics(context, result.errors);
          return ExitCode.problems;
        }
        for (const note of result.notes)
          context.printError(context.err.yellow(printable(`${file}: note: ${note}`)));
        const asJson = extensionOf(options.output) === '.json';
        await writeOutput(context, options.output, writeJourney(result.journey, asJson ? 'json' : 'yaml'));
        if (options.output !== STDOUT)
          context.printError(`Imported ${file} (${format.label}) to ${options.output}`);
        return ExitCode.ok;
      }),
    );
}
