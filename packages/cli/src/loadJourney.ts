import type { Journey } from '@waymark/core';
import { type CommandContext, reportDiagnostics } from './commandContext.js';
import { diagnosticsOf, readJourneyFile } from './readJourneyFile.js';

/**
 * Reads a journey file for a command that needs a valid journey (render, diff, export).
 * Diagnostics go to stderr; returns undefined when the file has errors, so that the command
 * writes nothing and exits with code 1. A file that cannot be read throws (exit code 3).
 */
export async function loadJourney(context: CommandContext, name: string): Promise<Journey | undefined> {
  const file = await readJourneyFile(name, context.io.cwd);
  reportDiagnostics(context, diagnosticsOf(file.result));
  return file.result.ok ? file.result.journey : undefined;
}
