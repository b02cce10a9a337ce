import type { Journey } from './model/journey.js';
import type { Opportunity } from './model/plan.js';

/**
 * The reach assumed for an opportunity when neither it nor any pain point it addresses says
 * how many customers it touches: half of them. A visible, neutral guess, not a claim.
 */
export const DEFAULT_REACH = 0.5;

/** The scores of one opportunity. */
export interface OpportunityScore {
  /** The share of customers (0..1) used in the scores; see `scoreOpportunity` for where it comes from. */
  readonly reach: number;
  /** RICE, rounded to one decimal. */
  readonly rice: number;
  /** ICE, 1..125, rounded to one decimal. */
  readonly ice: number;
}

/** An opportunity with its scores and its place in a ranking (1 = first; ties share a rank). */
export interface RankedOpportunity {
  readonly opportunity: Opportunity;
  readonly score: OpportunityScore;
  readonly rank: number;
}

/** Rounds to one decimal, immune to binary noise such as 1.05 × 10 = 10.499999999999998. */
function roundOne(value: number): number {
  return Math.round(Number((value * 10).toPrecision(12))) / 10;
}

/**
 * The reach of an opportunity: its own `reach` if set; else the largest `reach` of the pain
 * points it addresses (ids that name no pain point, or pain points without a reach, are
 * skipped); else {@link DEFAULT_REACH} (0.5).
 */
export function opportunityReach(opportunity: Opportunity, journey: Journey): number {
  if (opportunity.reach !== undefined) return opportunity.reach;
  let largest: number | undefined;
  for (const id of opportunity.addresses) {
    const reach = journey.painPoints.find((pain) => pain.id === id)?.reach;
    if (reach !== undefined && (largest === undefined || reach > largest)) largest = reach;
  }
  return largest ?? DEFAULT_REACH;
}

/**
 * Scores an opportunity.
 *
 * - reach: see {@link opportunityReach} (own reach, else the largest addressed pain point's,
 *   else 0.5).
 * - RICE = (reach × 100) × impact × confidence / effort — reach as a percentage of customers,
 *   impact 1–5, confidence 0–1, effort 1–5. So 0..500.
 * - ICE = impact × (confidence × 5) × (6 − effort) — impact, confidence and ease (6 − effort)
 *   each on a 1–5 scale, so up to 125 (0 when confidence is 0).
 *
 * Both are rounded to one decimal.
 */
export function scoreOpportunity(opportunity: Opportunity, journey: Journey): OpportunityScore {
  const reach = opportunityReach(opportunity, journey);
  const { impact, confidence, effort } = opportunity;
  return {
    reach,
    rice: roundOne((reach * 100 * impact * confidence) / effort),
    ice: roundOne(impact * (confidence * 5) * (6 - effort)),
  };
}

/**
 * The journey's opportunities, best first by RICE or ICE. Ties on that score are broken by the
 * other score, then by document order; opportunities with equal scores on the chosen measure
 * share a rank (1, 2, 2, 4). Every opportunity is ranked, whatever its status.
 */
export function rankOpportunities(journey: Journey, by: 'rice' | 'ice' = 'rice'): RankedOpportunity[] {
  const other = by === 'rice' ? 'ice' : 'rice';
  const scored = journey.opportunities.map((opportunity, index) => ({
    opportunity,
    score: scoreOpportunity(opportunity, journey),
    index,
  }));
  scored.sort((a, b) => b.score[by] - a.score[by] || b.score[other] - a.score[other] || a.index - b.index);
  const ranked: RankedOpportunity[] = [];
  for (const [position, { opportunity, score }] of scored.entries()) {
    const previous = ranked[position - 1];
    const rank = previous && previous.score[by] === score[by] ? previous.rank : position + 1;
    ranked.push({ opportunity, score, rank });
  }
  return ranked;
}
