import { templates } from '@waymark/core';
import type { Command } from 'commander';
import type { CommandHost } from '../commandContext.js';
import { ExitCode } from '../exitCodes.js';

interface TemplatesOptions {
  readonly json?: boolean;
}

/** `waymark templates`: the journey templates `waymark init --template` can start from. */
export function registerTemplatesCommand(program: Command, host: CommandHost): void {
  program
    .command('templates')
    .description('list the journey templates that `waymark init --template ID` can start from')
    .option('--json', 'print a JSON array of {id, name, industry, description} on stdout')
    .addHelpText('after', '\nExamples:\n  $ waymark templates\n  $ waymark templates --json')
    .action(
      host.action(async (context, options: TemplatesOptions) => {
        const rows = templates.map(({ id, name, industry, description }) => ({
          id,
          name,
          industry,
          description,
        }));
        if (options.json) {
          context.print(JSON.stringify(rows, null, 2));
          return ExitCode.ok;
        }
        if (rows.length === 0) {
          context.print('No templates are installed.');
          return ExitCode.ok;
        }
        const width = Math.max(...rows.map((row) => row.id.length));
        for (const row of rows) {
          context.print(
            `${context.out.bold(row.id.padEnd(width))}  ${row.name} ${context.out.dim(`(${row.industry})`)}`,
          );
          context.print(`${' '.repeat(width)}  ${context.out.dim(row.description)}`);
        }
        context.print(
          `\nStart from one with: waymark init --template ${rows[0]?.id ?? 'ID'} my-journey.yaml`,
        );
        return ExitCode.ok;
      }),
    );
}
