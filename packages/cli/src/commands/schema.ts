import { journeyJsonSchema } from '@waymark/core';
import type { Command } from 'commander';
import type { CommandHost } from '../commandContext.js';
import { ExitCode } from '../exitCodes.js';
import { STDOUT, writeOutput } from '../writeOutput.js';

interface SchemaOptions {
  readonly output: string;
}

/** `waymark schema`: the JSON Schema of the journey file format, for editors. */
export function registerSchemaCommand(program: Command, host: CommandHost): void {
  program
    .command('schema')
    .description('print the JSON Schema of journey files (for editor completion and checks)')
    .option('-o, --output <file>', 'write the schema to this file instead of stdout', STDOUT)
    .addHelpText(
      'after',
      `
Examples:
  $ waymark schema -o journey.schema.json
  Then start each journey file with:
  # yaml-language-server: $schema=./journey.schema.json`,
    )
    .action(
      host.action(async (context, options: SchemaOptions) => {
        await writeOutput(context, options.output, `${JSON.stringify(journeyJsonSchema(), null, 2)}\n`);
        if (options.output !== STDOUT) context.printError(`Wrote ${options.output}`);
        return ExitCode.ok;
      }),
    );
}
