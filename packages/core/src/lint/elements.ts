// Small helpers the rules share: how to name elements in messages and which ones are still open.
import type { Journey } from '../model/journey.js';
import type { Action, Opportunity } from '../model/plan.js';
import type { EvidenceLevel } from '../model/primitives.js';
import type { Step } from '../model/step.js';

/** `"Compares prices"`: a name quoted for a message. */
export function quoted(text: string): string {
  return `"${text}"`;
}

/** A touchpoint as people call it: `web: checkout`, or just its channel. */
export function touchpointLabel(touchpoint: { channel: string; name?: string | undefined }): string {
  return touchpoint.name ? `${touchpoint.channel}: ${touchpoint.name}` : touchpoint.channel;
}

/** Whether the step records an emotion for this persona (own keys only: `constructor` is a fine persona id). */
export function hasEmotion(step: Step, personaId: string): boolean {
  return Object.hasOwn(step.emotions, personaId);
}

/** Whether the step, or one of its touchpoints, is a moment of truth. */
export function isMomentOfTruth(step: Step): boolean {
  return step.momentOfTruth !== undefined || step.touchpoints.some((t) => t.momentOfTruth !== undefined);
}

/** Opportunities still in play (not done, not dropped), with their index. */
export function openOpportunities(journey: Journey): { opportunity: Opportunity; index: number }[] {
  return journey.opportunities
    .map((opportunity, index) => ({ opportunity, index }))
    .filter(({ opportunity }) => opportunity.status !== 'done' && opportunity.status !== 'dropped');
}

/** Actions still to do (not done, not cancelled), with their index. */
export function openActions(journey: Journey): { action: Action; index: number }[] {
  return journey.actions
    .map((action, index) => ({ action, index }))
    .filter(({ action }) => action.status !== 'done' && action.status !== 'cancelled');
}

/** Anything that can be backed by evidence. */
export interface Backed {
  readonly evidence?: EvidenceLevel | undefined;
  readonly insights: readonly string[];
}

/**
 * Whether an element rests on belief alone: it links no insight and its evidence level is
 * `assumed` or not given.
 */
export function isOnlyAssumed(element: Backed): boolean {
  return element.insights.length === 0 && (element.evidence === undefined || element.evidence === 'assumed');
}
