import type { HealthCategory, RuleSetting } from './lintRule.js';

/** The label and weight (percent of the overall score) of each health category. */
export const healthCategoryInfo: Readonly<Record<HealthCategory, { label: string; weight: number }>> = {
  structure: { label: 'Structure', weight: 30 },
  evidence: { label: 'Evidence', weight: 15 },
  analysis: { label: 'Analysis', weight: 25 },
  action: { label: 'Action', weight: 20 },
  freshness: { label: 'Freshness', weight: 10 },
};

/** How hard a finding of each severity weighs when every examined element has it (`off`: not at all). */
export const severityWeights: Readonly<Record<RuleSetting, number>> = {
  error: 1,
  warning: 0.5,
  info: 0.2,
  off: 0,
};

/** What one rule found: the input of the health score. */
export interface RuleTally {
  readonly category: HealthCategory;
  /** The effective severity (after the user's overrides); `off` rules still say what they would examine. */
  readonly severity: RuleSetting;
  /** How many elements the rule examined (at least `findings`). */
  readonly subjects: number;
  /** How many findings it reported. */
  readonly findings: number;
}

export interface CategoryHealth {
  readonly category: HealthCategory;
  readonly label: string;
  /** 0..100, rounded down; 100 when the category does not apply. */
  readonly score: number;
  /** Its weight in the overall score; 0 when the map has nothing this category checks. */
  readonly weight: number;
  /** Number of findings in the category. */
  readonly findings: number;
}

export interface HealthScore {
  /** 0..100, an integer. */
  readonly score: number;
  readonly breakdown: CategoryHealth[];
}

/** Rounds down, forgiving binary noise such as 0.9 × 100 = 89.99999999999999. */
const floorScore = (value: number) => Math.max(0, Math.min(100, Math.floor(value + 1e-9)));

/**
 * The journey health score, from what the rules found.
 *
 * 1. Each enabled rule reports a *share*: its findings divided by the number of elements it
 *    examined (capped at 1). Two stages without steps out of 20 is a share of 0.1; a
 *    journey-level rule (objective, personas, review) examines one element, so its share is 0 or 1.
 * 2. The rule keeps `1 − weight × share` of its category's score, where the weight is 1 for an
 *    error, 0.5 for a warning and 0.2 for an info (its effective severity, after overrides).
 * 3. A category's score is 100 times the product of its rules' factors: 100 with no findings,
 *    0 when an error rule fires on everything it examined.
 * 4. The overall score is the weighted mean of the category scores (structure 30, analysis 25,
 *    action 20, evidence 15, freshness 10), rounded down to an integer. A category none of whose
 *    rules examined anything (no opportunities, actions or metrics for `action`; a draft without
 *    a review cadence for `freshness`) does not apply: it gets weight 0 and does not count, so an
 *    empty map is not rewarded for having nothing to check.
 *
 * So the score does not depend on the size of the map, only on the share of its elements that
 * have problems; fixing a finding (or lowering its severity, or turning its rule off) never
 * lowers it; and only a map without findings scores 100.
 */
export function computeHealth(tallies: readonly RuleTally[]): HealthScore {
  const categories = Object.keys(healthCategoryInfo) as HealthCategory[];
  const raw = new Map<HealthCategory, { score: number; findings: number; applies: boolean }>(
    categories.map((category) => [category, { score: 1, findings: 0, applies: false }]),
  );
  for (const tally of tallies) {
    const entry = raw.get(tally.category);
    if (!entry) continue;
    if (tally.subjects > 0) entry.applies = true;
    if (tally.findings <= 0 || tally.severity === 'off') continue;
    entry.applies = true;
    const share = Math.min(1, tally.findings / Math.max(tally.subjects, 1));
    entry.score *= 1 - severityWeights[tally.severity] * share;
    entry.findings += tally.findings;
  }
  let weighted = 0;
  let totalWeight = 0;
  const breakdown: CategoryHealth[] = categories.map((category) => {
    const { label, weight: fullWeight } = healthCategoryInfo[category];
    const { score, findings, applies } = raw.get(category) ?? { score: 1, findings: 0, applies: false };
    const weight = applies ? fullWeight : 0;
    weighted += weight * score * 100;
    totalWeight += weight;
    return { category, label, score: floorScore(score * 100), weight, findings };
  });
  return { score: totalWeight === 0 ? 100 : floorScore(weighted / totalWeight), breakdown };
}
