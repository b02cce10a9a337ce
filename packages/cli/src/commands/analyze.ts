import { access } from 'node:fs/promises';
import type { AnalysisField, ProgressStep } from '@waymark/analytics';
import { analysisRegistry } from '@waymark/analytics/analyses';
import { type Command, Option } from 'commander';
import { CliError, fileError, usageError } from '../CliError.js';
import type { CommandContext, CommandHost } from '../commandContext.js';
import { ExitCode } from '../exitCodes.js';
import { loadJourney } from '../loadJourney.js';
import { progressLine } from '../progressBar.js';
import { extensionOf, STDOUT, writeOutput } from '../writeOutput.js';

interface AnalyzeOptions {
  readonly events?: string;
  readonly feedback?: string;
  readonly output: string;
  readonly from?: string;
  readonly to?: string;
  readonly persona?: string;
  readonly strict?: boolean;
  readonly timezone?: string;
  readonly map: readonly string[];
  readonly feedbackMap: readonly string[];
  readonly compare?: string;
  readonly top?: string;
  readonly minEdge?: string;
  readonly funnel?: 'strict' | 'reached';
  readonly only?: string;
  readonly engineUrl?: string;
}

const collect = (value: string, previous: readonly string[]): string[] => [...previous, value];

/** `customer=uid` pairs → `{ customer: 'uid' }`. */
function columnMap(flag: string, pairs: readonly string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of pairs.flatMap((p) => p.split(','))) {
    const [role, column] = pair.split('=').map((part) => part.trim());
    if (!role || !column) throw usageError(`${flag} expects role=column (like customer=uid), got '${pair}'`);
    map[role] = column;
  }
  return map;
}

/** `2024-01-01..2024-01-31,2024-02-01..2024-02-29` → two day ranges. */
function comparePeriods(value: string) {
  const periods = value.split(',').map((part) => part.trim().split('..'));
  const [before, after] = periods;
  if (periods.length !== 2 || before?.length !== 2 || after?.length !== 2)
    throw usageError(`--compare expects FROM..TO,FROM..TO (two periods of days), got '${value}'`);
  return {
    before: { from: before[0] ?? '', to: before[1] ?? '' },
    after: { from: after[0] ?? '', to: after[1] ?? '' },
  };
}

function whole(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw usageError(`${flag} expects a whole number of at least 1, got '${value}'`);
  return n;
}

async function readable(context: CommandContext, file: string | undefined): Promise<string | undefined> {
  if (file === undefined) return undefined;
  const path = context.resolve(file);
  await access(path).catch((error: unknown) => {
    throw fileError(file, 'read', error);
  });
  return path;
}

/** The terminal's width; 80 when it does not say (or says something too narrow to use). */
const width = (columns: number | undefined) => (columns !== undefined && columns >= 40 ? columns : 80);

/** A progress bar on stderr, rewritten in place, when stderr is a terminal; `clear` removes it. */
function progress(context: CommandContext): {
  update: (message: string, at: ProgressStep) => void;
  clear: () => void;
} {
  const stderr = context.io.stderr as { isTTY?: boolean; columns?: number; write(text: string): unknown };
  if (stderr.isTTY !== true) return { update: () => undefined, clear: () => undefined };
  const start = Date.now();
  return {
    update: (message, at) =>
      stderr.write(
        `\r\x1b[2K${progressLine(message, at.step, at.of, Date.now() - start, width(stderr.columns))}`,
      ),
    clear: () => stderr.write('\r\x1b[2K'),
  };
}

/** `waymark analyze`: lays event logs and survey feedback over a journey. */
export function registerAnalyzeCommand(program: Command, host: CommandHost): void {
  const ids = analysisRegistry.map((a) => a.id);
  program
    .command('analyze')
    .description(
      'analyse event logs and survey feedback against a journey: funnel, paths, conformance, scores',
    )
    .argument('<journey>', 'the journey file (its signals say which events belong where)')
    .option('--events <file>', 'event log: .csv, .ndjson/.jsonl or .parquet, one row per event')
    .option('--feedback <file>', 'survey or feedback export: .csv or .xlsx, one row per response')
    .requiredOption(
      '-o, --output <file>',
      'report.json (the analysis document), report.html, or "-" for JSON on stdout',
    )
    .option('--from <date>', 'first day to include (YYYY-MM-DD, UTC)')
    .option('--to <date>', 'last day to include (YYYY-MM-DD, UTC)')
    .option('--persona <id>', "only this persona's customers and responses")
    .option('--strict', 'refuse an input with any malformed row instead of skipping it')
    .option(
      '--timezone <zone>',
      'time zone of timestamps written without one (default UTC), e.g. Europe/Berlin',
    )
    .addOption(
      new Option(
        '--map <role=column>',
        'event log column for a role (customer, timestamp, event, channel, segment); repeatable',
      )
        .argParser(collect)
        .default([]),
    )
    .addOption(
      new Option(
        '--feedback-map <role=column>',
        'feedback column for a role (respondent, date, at, nps, csat, ces, comment, segment); repeatable',
      )
        .argParser(collect)
        .default([]),
    )
    .option('--compare <periods>', 'compare two periods: FROM..TO,FROM..TO')
    .option('--top <n>', 'how many path variants to list (default 10)')
    .option('--min-edge <n>', 'leave out directly-follows edges seen fewer times (default 1)')
    .addOption(
      new Option('--funnel <mode>', 'strict (stages in order) or reached (default strict)').choices([
        'strict',
        'reached',
      ]),
    )
    .option(
      '--engine-url <url>',
      'run the analyses on a ClickHouse server, http://host:port[/database] (default: $ANALYTICS_URL, else embedded DuckDB)',
    )
    .option('--only <ids>', `run only these analyses, comma-separated: ${ids.join(', ')}`)
    .addHelpText(
      'after',
      `
Examples:
  $ waymark sample-data --template retail-winter-jacket --customers 5000 --seed 1 -o sample
  $ waymark analyze sample/journey.yaml --events sample/events.parquet --feedback sample/survey.csv -o report.html
  $ waymark analyze shop.yaml --events log.csv --map customer=uid --from 2024-01-01 --to 2024-03-31 -o - | jq .funnel

Documentation: docs/analytics.md`,
    )
    .action(
      host.action(async (context, file: string, options: AnalyzeOptions) => {
        const format = options.output === STDOUT ? '.json' : extensionOf(options.output);
        if (format !== '.json' && format !== '.html')
          throw usageError(
            'cannot tell the report format; end the file name in .json or .html',
            options.output,
          );
        if (options.events === undefined && options.feedback === undefined)
          throw usageError('give --events, --feedback or both');
        const only = options.only?.split(',').map((id) => id.trim());
        for (const id of only ?? [])
          if (!ids.includes(id as AnalysisField))
            throw usageError(`--only: unknown analysis '${id}'; expected ${ids.join(', ')}`);
        const request = {
          eventColumns: columnMap('--map', options.map),
          feedbackColumns: columnMap('--feedback-map', options.feedbackMap),
          compare: options.compare === undefined ? undefined : comparePeriods(options.compare),
          top: whole('--top', options.top),
          minEdge: whole('--min-edge', options.minEdge),
        };
        const journey = await loadJourney(context, file);
        if (journey === undefined) return ExitCode.problems;
        const events = await readable(context, options.events);
        const feedback = await readable(context, options.feedback);
        const bar = progress(context);
        // Loaded here, not at start-up: DuckDB and the analyses weigh a second on every other command.
        const { analyzeJourney, EngineRefusedError, EngineUnavailableError, htmlReport, InputError } =
          await import('@waymark/analytics');
        const engineUrl = options.engineUrl ?? process.env.ANALYTICS_URL;
        let document: Awaited<ReturnType<typeof analyzeJourney>>;
        try {
          document = await analyzeJourney({
            journey,
            ...(events ? { events } : {}),
            ...(feedback ? { feedback } : {}),
            eventColumns: request.eventColumns,
            feedbackColumns: request.feedbackColumns,
            strict: options.strict === true,
            ...(options.timezone ? { timezone: options.timezone } : {}),
            range: {
              ...(options.from ? { from: options.from } : {}),
              ...(options.to ? { to: options.to } : {}),
            },
            ...(options.persona ? { persona: options.persona } : {}),
            ...(request.compare ? { compare: request.compare } : {}),
            options: {
              ...(request.top ? { topPaths: request.top } : {}),
              ...(request.minEdge ? { minEdgeCount: request.minEdge } : {}),
              ...(options.funnel ? { funnelMode: options.funnel } : {}),
            },
            ...(only ? { analyses: only as AnalysisField[] } : {}),
            onProgress: bar.update,
            ...(engineUrl ? { engineUrl } : {}),
          });
        } catch (error) {
          if (error instanceof InputError && (error.file.startsWith('--') || error.file === 'analyze'))
            throw usageError(error.problem, error.file === 'analyze' ? undefined : error.file);
          if (error instanceof InputError) {
            const shown =
              error.file === events
                ? options.events
                : error.file === feedback
                  ? options.feedback
                  : error.file;
            throw new CliError(
              `${error.problem}`,
              ExitCode.problems,
              `${shown}${error.line !== undefined ? `:${error.line}` : ''}`,
            );
          }
          if (error instanceof EngineUnavailableError || error instanceof EngineRefusedError)
            throw new CliError(
              error.message,
              ExitCode.problems,
              options.engineUrl ? '--engine-url' : 'ANALYTICS_URL',
            );
          throw error;
        } finally {
          bar.clear();
        }
        for (const input of [document.inputs.events, document.inputs.feedback]) {
          if (input === undefined) continue;
          const shown = input.file === events ? options.events : options.feedback;
          context.printError(`${shown}: took ${input.rowsTaken} rows, skipped ${input.rowsSkipped}`);
          for (const row of input.skipped.slice(0, 5))
            context.printError(context.err.yellow(`  ${shown}:${row.line}: ${row.reason}`));
        }
        const unmatched = document.unmatchedEvents?.events ?? 0;
        if (unmatched > 0)
          context.printError(
            context.err.yellow(
              `note: ${unmatched} events match no signal of the journey (listed in the report)`,
            ),
          );
        const output =
          format === '.html' ? htmlReport(document, journey) : `${JSON.stringify(document, null, 2)}\n`;
        await writeOutput(context, options.output, output);
        if (options.output !== STDOUT)
          context.printError(`Analysed ${document.customers} customers; wrote ${options.output}`);
        return ExitCode.ok;
      }),
    );
}
