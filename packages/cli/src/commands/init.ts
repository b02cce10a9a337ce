import { basename } from 'node:path';
import { findTemplate, formatDiagnostic, parseJourney, templates, writeJourney } from '@waymark/core';
import type { Command } from 'commander';
import { usageError } from '../CliError.js';
import type { CommandHost } from '../commandContext.js';
import { ExitCode } from '../exitCodes.js';
import { suggestion } from '../suggest.js';
import { extensionOf } from '../writeOutput.js';
import { writeOutputAtomic } from '../writeOutputAtomic.js';
import { blankJourney } from './blankJourney.js';

interface InitOptions {
  readonly template?: string;
  readonly force?: boolean;
}

/** The journey file's text: the template verbatim, or a blank journey; JSON if the file ends .json. */
function journeySource(file: string, templateId: string | undefined): string {
  let source: string;
  if (templateId === undefined) {
    source = blankJourney(titleFromFileName(file));
  } else {
    const template = findTemplate(templateId);
    if (template === undefined) {
      const ids = templates.map((t) => t.id);
      throw usageError(
        `unknown template '${templateId}'${suggestion(templateId, ids)} (see: waymark templates)`,
      );
    }
    source = template.source.replace(/^\n+/, '');
  }
  // A built-in starting point that does not parse is a bug in Waymark, not the user's problem.
  const parsed = parseJourney(source, { fileName: templateId ?? 'blank journey' });
  if (!parsed.ok) {
    const first = parsed.errors[0];
    throw new Error(
      `the ${templateId ?? 'blank'} template is invalid: ${first ? formatDiagnostic(first) : ''}`,
    );
  }
  return extensionOf(file) === '.json' ? writeJourney(parsed.journey, 'json') : source;
}

/** "checkout-flow.yaml" → "Checkout flow". */
export function titleFromFileName(file: string): string {
  const stem = basename(file).replace(/\.(ya?ml|json)$/i, '');
  const words = stem.replace(/[-_.]+/g, ' ').trim();
  if (words.length === 0) return 'New journey';
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `waymark init`: writes a new journey file from a template or a blank starting point. */
export function registerInitCommand(program: Command, host: CommandHost): void {
  program
    .command('init')
    .description('create a new journey file, blank or from a template')
    .argument('<file>', 'the journey file to create (.yaml, .yml or .json)')
    .option('-t, --template <id>', 'start from this template (see: waymark templates)')
    .option('-f, --force', 'overwrite the file if it exists')
    .addHelpText(
      'after',
      `
Examples:
  $ waymark init journeys/onboarding.yaml
  $ waymark init --template hotel-stay journeys/hotel.yaml
  $ waymark init --force --template hotel-stay journeys/hotel.yaml`,
    )
    .action(
      host.action(async (context, file: string, options: InitOptions) => {
        const extension = extensionOf(file);
        if (!['.yaml', '.yml', '.json'].includes(extension)) {
          throw usageError('a journey file name must end in .yaml, .yml or .json', file);
        }
        const source = journeySource(file, options.template);
        await writeOutputAtomic(context.resolve(file), source, {
          exclusive: !options.force,
          displayName: file,
        });
        const from = options.template === undefined ? 'a blank journey' : `template '${options.template}'`;
        context.printError(`Created ${file} from ${from}. Next: waymark lint ${file}`);
        return ExitCode.ok;
      }),
    );
}
