import { printable } from '../util/printable.js';
import type { LintReport } from './lintJourney.js';

const plural = (count: number, word: string) =>
  `${count} ${word}${count === 1 || word === 'info' ? '' : 's'}`;

/** `2 errors, 1 warning, 3 info`, or `no problems`. */
export function describeCounts(counts: LintReport['counts']): string {
  if (counts.error + counts.warning + counts.info === 0) return 'no problems';
  return [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.info, 'info')].join(
    ', ',
  );
}

function bar(score: number, width = 20): string {
  const filled = Math.round((score / 100) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

/**
 * The text output of `waymark lint` for one file:
 *
 * ```
 * jacket.yaml: 1 error, 2 warnings, 0 info
 *
 *   error    stages[2]           Stage "Purchase" has no steps.  stage-without-steps
 *   warning  stages[1].steps[0]  Step "Searches" has no touchpoint.  step-without-touchpoint
 *   warning  (journey)           The journey has no objective.  journey-without-objective
 *
 * How to fix
 *   stage-without-steps      Add the steps customers take in this stage, or remove the stage.
 *
 * Health 74/100
 *   Structure    60  ████████████░░░░░░░░  weight 30  2 findings
 * ```
 *
 * Categories with nothing to check show `n/a`. User text is made terminal-safe (no control
 * characters or bidi overrides). No trailing newline.
 */
export function formatLintReport(report: LintReport, fileName?: string): string {
  const lines: string[] = [];
  const head = describeCounts(report.counts);
  lines.push(
    fileName === undefined ? `${head[0]?.toUpperCase()}${head.slice(1)}` : `${printable(fileName)}: ${head}`,
  );

  if (report.findings.length > 0) {
    lines.push('');
    const where = (path: string | undefined) => printable(path ?? '(journey)');
    const pathWidth = Math.min(40, Math.max(...report.findings.map((f) => where(f.path).length)));
    for (const finding of report.findings) {
      const path = where(finding.path).padEnd(pathWidth);
      lines.push(`  ${finding.severity.padEnd(7)}  ${path}  ${printable(finding.message)}  ${finding.rule}`);
    }
    lines.push('', 'How to fix');
    const rules = [...new Map(report.findings.map((f) => [f.rule, f.advice])).entries()];
    const ruleWidth = Math.max(...rules.map(([rule]) => rule.length));
    for (const [rule, advice] of rules) lines.push(`  ${rule.padEnd(ruleWidth)}  ${printable(advice)}`);
  }

  lines.push('', `Health ${report.health.score}/100`);
  const labelWidth = Math.max(...report.health.breakdown.map((c) => c.label.length));
  for (const category of report.health.breakdown) {
    const label = category.label.padEnd(labelWidth);
    if (category.weight === 0) {
      lines.push(`  ${label}  n/a  nothing to check`);
      continue;
    }
    const score = String(category.score).padStart(3);
    const findings = category.findings === 0 ? '' : `  ${plural(category.findings, 'finding')}`;
    lines.push(
      `  ${label}  ${score}  ${bar(category.score)}  weight ${String(category.weight).padStart(2)}${findings}`,
    );
  }
  return lines.join('\n');
}
