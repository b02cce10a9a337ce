import { basename } from 'node:path';
import { findFormat, type InterchangeFormat, interchangeFormats } from '@waymark/core';
import type { Command } from 'commander';
import { usageError } from '../CliError.js';
import type { CommandHost } from '../commandContext.js';
import { ExitCode } from '../exitCodes.js';
import { loadJourney } from '../loadJourney.js';
import { suggestion } from '../suggest.js';
import { extensionOf, STDOUT, writeOutput } from '../writeOutput.js';

interface ExportOptions {
  readonly output: string;
  readonly to?: string;
}

/** The format named by --to, or else the one the output file's extension says. */
function outputFormat(output: string, to: string | undefined): InterchangeFormat {
  const ids = interchangeFormats.filter((format) => format.export !== undefined).map((format) => format.id);
  if (to !== undefined) {
    const format = findFormat(to);
    if (format?.export === undefined) {
      const why = format === undefined ? 'unknown format' : 'cannot export to format';
      throw usageError(`--to: ${why} '${to}'${suggestion(to, ids)}`);
    }
    return checkTarget(format, output);
  }
  // findFormat matches whole endings, so `map.ujm.json` is UJM and `map.json` is a journey file.
  const format = output === STDOUT || extensionOf(output) === '' ? undefined : findFormat(basename(output));
  if (format?.export === undefined) {
    const why =
      output === STDOUT ? 'export to stdout needs a format' : 'cannot tell the format from the file name';
    throw usageError(`${why}; say it with --to ${ids.join('|')}`, output === STDOUT ? undefined : output);
  }
  return checkTarget(format, output);
}

function checkTarget(format: InterchangeFormat, output: string): InterchangeFormat {
  if (format.binary && output === STDOUT) {
    throw usageError(`--to ${format.id} writes a binary file; give a file name with -o instead of "-"`);
  }
  return format;
}

/** `waymark export`: writes a journey as Mermaid, CSV, Markdown, XLSX, UJM, JSON or YAML. */
export function registerExportCommand(program: Command, host: CommandHost): void {
  program
    .command('export')
    .description('write a journey as Mermaid, CSV, Markdown, XLSX, UJM, JSON or YAML')
    .argument('<file>', 'the journey file')
    .option('--to <format>', 'mermaid, csv, md, json, ujm, xlsx or yaml (default: from the output extension)')
    .requiredOption('-o, --output <file>', 'where to write; "-" writes text formats to stdout')
    .addHelpText(
      'after',
      `
Examples:
  $ waymark export journey.yaml --to md -o journey.md
  $ waymark export journey.yaml -o journey.xlsx
  $ waymark export journey.yaml --to mermaid -o -`,
    )
    .action(
      host.action(async (context, file: string, options: ExportOptions) => {
        const format = outputFormat(options.output, options.to);
        const journey = await loadJourney(context, file);
        if (journey === undefined) return ExitCode.problems;
        const data = await format.export!(journey);
        await writeOutput(context, options.output, data);
        if (options.output !== STDOUT)
          context.printError(`Exported ${file} (${format.label}) to ${options.output}`);
        return ExitCode.ok;
      }),
    );
}
