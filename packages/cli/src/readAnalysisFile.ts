import { AnalysisDocument, type Journey } from '@waymark/core';
import { CliError } from './CliError.js';
import { ExitCode } from './exitCodes.js';
import { readText } from './readJourneyFile.js';

/**
 * Reads an analysis document (`waymark analyze -o report.json`) and checks it with the core
 * schema and against the journey it is laid over. Every refusal names the file.
 */
export async function readAnalysisFile(
  name: string,
  cwd: string,
  journey: Journey,
): Promise<AnalysisDocument> {
  const text = await readText(name, cwd);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`not an analysis document: invalid JSON (${reason})`, ExitCode.problems, name);
  }
  const parsed = AnalysisDocument.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new CliError(
      `not a valid analysis document${where}: ${issue?.message ?? 'unknown problem'} (write one with waymark analyze -o report.json)`,
      ExitCode.problems,
      name,
    );
  }
  if (parsed.data.journey !== journey.id) {
    throw new CliError(
      `this analysis is of journey '${parsed.data.journey}', not of '${journey.id}'`,
      ExitCode.problems,
      name,
    );
  }
  return parsed.data;
}
