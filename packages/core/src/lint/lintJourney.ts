import type { Journey } from '../model/journey.js';
import { closest } from '../util/suggest.js';
import { isIsoDate, localToday } from './calendar.js';
import { computeHealth, type HealthScore, type RuleTally } from './healthScore.js';
import { createLintContext } from './lintContext.js';
import type { HealthCategory, LintSeverity, RuleSetting } from './lintRule.js';
import { lintRules } from './lintRules.js';

export interface LintOptions {
  /** The day to judge due dates and reviews against, YYYY-MM-DD. Default: today (local time). Pass it for reproducible results. */
  readonly today?: string;
  /** Per rule id: a different severity, or `off`. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
}

/** One problem found by one rule, with its effective severity. */
export interface LintFinding {
  readonly rule: string;
  readonly severity: LintSeverity;
  readonly message: string;
  readonly advice: string;
  /** Canonical path, like `stages[1].steps[0]`. */
  readonly path?: string;
  readonly elementId?: string;
  readonly category: HealthCategory;
}

export interface LintReport {
  /** Errors first, then warnings, then infos; within a severity, in rule order and document order. */
  readonly findings: LintFinding[];
  readonly health: HealthScore;
  readonly counts: { error: number; warning: number; info: number };
}

const settings: readonly RuleSetting[] = ['off', 'error', 'warning', 'info'];
const severityRank: Record<LintSeverity, number> = { error: 0, warning: 1, info: 2 };

function checkOptions(options: LintOptions): void {
  if (options.today !== undefined && !isIsoDate(options.today)) {
    throw new Error(`lint: "today" must be a date written as YYYY-MM-DD, got "${options.today}"`);
  }
  for (const [id, setting] of Object.entries(options.rules ?? {})) {
    if (!lintRules.some((rule) => rule.id === id)) {
      const match = closest(
        id,
        lintRules.map((rule) => rule.id),
      );
      const hint = match ? ` (did you mean "${match}"?)` : '';
      throw new Error(`lint: unknown rule "${id}"${hint}; \`waymark lint --rules\` lists them`);
    }
    if (!settings.includes(setting)) {
      throw new Error(`lint: rule "${id}" must be one of ${settings.join(', ')}, got "${String(setting)}"`);
    }
  }
}

/**
 * Runs every lint rule on a journey (a canonical, validated one) and scores its health.
 * Deterministic for a given `today`. Throws an Error with a clear message on bad options
 * (an unknown rule id, a bad severity, a malformed date).
 */
export function lintJourney(journey: Journey, options: LintOptions = {}): LintReport {
  checkOptions(options);
  const context = createLintContext(journey, options.today ?? localToday());
  const findings: LintFinding[] = [];
  const tallies: RuleTally[] = [];
  for (const rule of lintRules) {
    const setting = options.rules?.[rule.id] ?? rule.severity;
    const subjects = rule.subjects(journey, context);
    if (setting === 'off') {
      // Still counted, so that turning a rule off never drops its category out of the score.
      tallies.push({ category: rule.category, severity: setting, subjects, findings: 0 });
      continue;
    }
    let count = 0;
    for (const hit of rule.check(journey, context)) {
      count++;
      findings.push({
        rule: rule.id,
        severity: setting,
        message: hit.message,
        advice: rule.advice,
        ...(hit.path === undefined ? {} : { path: hit.path }),
        ...(hit.elementId === undefined ? {} : { elementId: hit.elementId }),
        category: rule.category,
      });
    }
    // A rule should examine at least what it reports on; never let a miscount inflate the score.
    tallies.push({
      category: rule.category,
      severity: setting,
      subjects: Math.max(subjects, count),
      findings: count,
    });
  }
  // Array.prototype.sort is stable: rule order and document order survive within a severity.
  findings.sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return { findings, health: computeHealth(tallies), counts };
}
