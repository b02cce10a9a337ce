import type { Journey } from '../model/journey.js';
import type { Path, Stage } from '../model/stage.js';
import type { Step, Touchpoint } from '../model/step.js';

export const lintSeverities = ['error', 'warning', 'info'] as const;
/** How much a finding matters: an error breaks the map, a warning weakens it, an info is a hint. */
export type LintSeverity = (typeof lintSeverities)[number];
/** What a user may set a rule to: a severity, or `off`. */
export type RuleSetting = LintSeverity | 'off';

export const healthCategories = ['structure', 'evidence', 'analysis', 'action', 'freshness'] as const;
/** The part of the journey health score a rule affects. */
export type HealthCategory = (typeof healthCategories)[number];

/** One thing a rule found. */
export interface RuleHit {
  readonly message: string;
  /** Canonical path of the element, like `stages[1].steps[0]`. */
  readonly path?: string;
  readonly elementId?: string;
}

/** A step with its canonical path and where it sits. */
export interface PlacedStep {
  readonly step: Step;
  /** `stages[1].steps[0]` or `paths[0].steps[2]`. */
  readonly path: string;
  readonly stage?: Stage;
  readonly route?: Path;
}

/** A touchpoint with its canonical path and its step. */
export interface PlacedTouchpoint {
  readonly touchpoint: Touchpoint;
  /** `stages[1].steps[0].touchpoints[2]`. */
  readonly path: string;
  readonly step: PlacedStep;
}

/** What every rule may need, computed once per lint run. */
export interface LintContext {
  /** The day to judge dates against, YYYY-MM-DD. */
  readonly today: string;
  /** Every step, main path (stage order) first, then alternative paths. */
  readonly steps: readonly PlacedStep[];
  /** Every touchpoint, in step order. */
  readonly touchpoints: readonly PlacedTouchpoint[];
}

/**
 * A lint rule: one file in `lint/rules/`, registered in `lintRules.ts`.
 *
 * `subjects` says how many elements the rule examined (stages for `stage-without-steps`, 1 for a
 * journey-level rule, 0 when it does not apply). The health score uses it to judge findings
 * relative to the size of the map: 2 stages without steps out of 3 is worse than 2 out of 30.
 */
export interface LintRule {
  /** kebab-case, like `stage-without-steps`. */
  readonly id: string;
  readonly category: HealthCategory;
  /** The default severity; users may override it or turn the rule off. */
  readonly severity: LintSeverity;
  /** One line: what the rule looks for. */
  readonly description: string;
  /** What to do about a finding. */
  readonly advice: string;
  /** How many elements the rule examines in this journey. */
  subjects(journey: Journey, context: LintContext): number;
  check(journey: Journey, context: LintContext): Iterable<RuleHit>;
}
