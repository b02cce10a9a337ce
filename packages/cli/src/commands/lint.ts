import { formatLintReport, type LintReport, lintJourney, lintRules } from '@waymark/core';
import { type Command, Option } from 'commander';
import { usageError } from '../CliError.js';
import { type CommandContext, type CommandHost, diagnosticLine } from '../commandContext.js';
import { ExitCode } from '../exitCodes.js';
import { suggestion } from '../suggest.js';
import { checkFile, type FileValidation } from './validate.js';

const severities = ['error', 'warning', 'info'] as const;
type Severity = (typeof severities)[number];
type RuleSetting = Severity | 'off';
const settings: readonly RuleSetting[] = ['off', ...severities];
const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

interface LintOptions {
  readonly json?: boolean;
  readonly maxWarnings?: number;
  readonly failOn: Severity;
  readonly rule: readonly string[];
  readonly today?: string;
  readonly rules?: boolean;
}

/** One file's lint outcome; an invalid file has no report and counts as an error. */
type FileLint = { file: string; valid: true; report: LintReport } | (FileValidation & { valid: false });

/** `--rule id=level` (repeatable, or comma-separated) → the overrides for lintJourney. */
export function parseRuleOverrides(specs: readonly string[]): Record<string, RuleSetting> {
  const known = lintRules.map((rule) => rule.id);
  const overrides: Record<string, RuleSetting> = {};
  for (const spec of specs
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean)) {
    const match = /^([^=\s]+)\s*=\s*(\S+)$/.exec(spec);
    if (!match)
      throw usageError(`--rule expects id=level (like pain-point-not-addressed=off), got '${spec}'`);
    const [, id = '', level = ''] = match;
    if (!known.includes(id)) throw usageError(`--rule: unknown rule '${id}'${suggestion(id, known)}`);
    if (!(settings as readonly string[]).includes(level)) {
      throw usageError(`--rule ${id}: expected one of ${settings.join(', ')}, got '${level}'`);
    }
    overrides[id] = level as RuleSetting;
  }
  return overrides;
}

function parseToday(value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(date.getTime()) ||
    !date.toISOString().startsWith(value)
  ) {
    throw usageError(`--today expects a date written as YYYY-MM-DD, got '${value}'`);
  }
  return value;
}

function parseMaxWarnings(value: string): number {
  if (!/^\d+$/.test(value))
    throw usageError(`--max-warnings expects a whole number of 0 or more, got '${value}'`);
  return Number(value);
}

const collect = (value: string, previous: readonly string[]): string[] => [...previous, value];

function printRules(context: CommandContext, json: boolean): void {
  const rows = lintRules.map(({ id, severity, category, description, advice }) => ({
    id,
    severity,
    category,
    description,
    advice,
  }));
  if (json) {
    context.print(JSON.stringify(rows, null, 2));
    return;
  }
  const width = Math.max(0, ...rows.map((row) => row.id.length));
  for (const row of rows) {
    const severity = row.severity.padEnd(7);
    context.print(`${context.out.bold(row.id.padEnd(width))}  ${severity}  ${row.description}`);
  }
  context.print(`\n${rows.length} rules. Change a rule's severity with --rule id=off|info|warning|error.`);
}

/** Totals over every file; an invalid file counts as one error. */
function totals(results: readonly FileLint[]): Record<Severity, number> {
  const sum: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const result of results) {
    if (!result.valid) sum.error += Math.max(1, result.errors.length);
    else for (const severity of severities) sum[severity] += result.report.counts[severity];
  }
  return sum;
}

/** Why lint fails, in words, or undefined when it passes. */
function failure(counts: Record<Severity, number>, options: LintOptions): string | undefined {
  const over = severities.filter((s) => rank[s] >= rank[options.failOn] && counts[s] > 0);
  if (over.length > 0) {
    const found = over.map((s) => `${counts[s]} ${s}${counts[s] === 1 ? '' : 's'}`).join(', ');
    return `${found} (failing on ${options.failOn}${options.failOn === 'error' ? '' : ' and above'})`;
  }
  if (options.maxWarnings !== undefined && counts.warning > options.maxWarnings) {
    return `${counts.warning} warnings, more than --max-warnings ${options.maxWarnings}`;
  }
  return undefined;
}

/** `waymark lint`: the lint rules and the journey health score. */
export function registerLintCommand(program: Command, host: CommandHost): void {
  program
    .command('lint')
    .description('check journeys against good practice and compute their health score')
    .argument('[files...]', 'journey files (.yaml, .yml or .json)')
    .option('--json', 'print a JSON report on stdout')
    .option('--max-warnings <n>', 'also fail when there are more than n warnings in total', parseMaxWarnings)
    .addOption(
      new Option('--fail-on <severity>', 'fail on findings of this severity or worse')
        .choices(severities)
        .default('error'),
    )
    .addOption(
      new Option('--rule <id=level>', 'set a rule to off, info, warning or error (repeatable)')
        .argParser(collect)
        .default([], 'none'),
    )
    .option(
      '--today <YYYY-MM-DD>',
      'the date overdue reviews and actions are judged against (default: today)',
      parseToday,
    )
    .option('--rules', 'list the lint rules and exit')
    .addHelpText(
      'after',
      `
Exit code 1 when a finding is at or above --fail-on (default: error), when the warnings
exceed --max-warnings, or when a file is not a valid journey (counted as an error).

Examples:
  $ waymark lint journeys/*.yaml
  $ waymark lint --fail-on warning --rule unknown-channel=off journey.yaml
  $ waymark lint --max-warnings 5 --json journey.yaml
  $ waymark lint --rules`,
    )
    .action(
      host.action(async (context, files: string[], options: LintOptions) => {
        const overrides = parseRuleOverrides(options.rule);
        if (options.rules) {
          printRules(context, options.json === true);
          return ExitCode.ok;
        }
        if (files.length === 0)
          throw usageError(
            "lint: missing argument 'files' (give journey files, or --rules to list the rules)",
          );
        const today = options.today ?? context.io.today();
        const results: FileLint[] = [];
        for (const file of files) {
          const { validation, journey } = await checkFile(context, file);
          if (journey === undefined) results.push({ ...validation, valid: false });
          else results.push({ file, valid: true, report: lintJourney(journey, { today, rules: overrides }) });
        }
        const unreadable = results.some((r) => !r.valid && r.readError !== undefined);
        const counts = totals(results);
        const failed = failure(counts, options);
        if (options.json) {
          const files = results.map((r) => (r.valid ? { file: r.file, valid: true, ...r.report } : r));
          context.print(JSON.stringify({ passed: failed === undefined, counts, files }, null, 2));
        } else {
          for (const [index, result] of results.entries()) {
            if (index > 0) context.print('');
            if (result.valid) context.print(formatLintReport(result.report, result.file));
            else if (result.readError === undefined) {
              for (const diagnostic of [...result.errors, ...result.warnings]) {
                context.print(diagnosticLine(diagnostic, context.out));
              }
              context.print(
                context.out.red(`${result.file}: not a valid journey; fix the errors above first`),
              );
            }
          }
          context.print('');
          if (failed !== undefined) context.print(context.out.red(`✗ lint failed: ${failed}`));
          else
            context.print(
              context.out.green(`✓ lint passed (${files.length} file${files.length === 1 ? '' : 's'})`),
            );
        }
        if (unreadable) return ExitCode.file;
        return failed === undefined ? ExitCode.ok : ExitCode.problems;
      }),
    );
}
