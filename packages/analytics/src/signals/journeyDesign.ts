import type { Journey } from '@waymark/core';
import { patternRegex } from '@waymark/core';

/** A step in the designed order: main-path steps numbered in stage order; path steps have none. */
export interface DesignedStep {
  readonly id: string;
  readonly name: string;
  readonly stage: string;
  readonly stageOrder: number;
  /** Place in the designed order of the main path; undefined for a step on an alternative path. */
  readonly order: number | undefined;
  readonly touchpoints: readonly string[];
  /** The designed emotion score per persona id. */
  readonly emotions: Readonly<Record<string, number>>;
}

/** One way an event is recognised: tried by `priority`, the first that matches wins. */
export interface EventRule {
  readonly priority: number;
  /** RE2 regular expression over the whole name (`(?i)` prefixed when case-insensitive). */
  readonly regex: string;
  readonly channel: string | null;
  readonly touchpoint: string | null;
  readonly step: string;
}

export interface SegmentRule {
  readonly priority: number;
  readonly regex: string;
  readonly persona: string;
}

/** The journey as analyses see it: stages and steps in order, and the signal rules. */
export interface JourneyDesign {
  readonly journeyId: string;
  readonly stages: readonly { readonly id: string; readonly name: string; readonly order: number }[];
  readonly steps: readonly DesignedStep[];
  readonly personas: readonly string[];
  readonly eventRules: readonly EventRule[];
  readonly segmentRules: readonly SegmentRule[];
  /** Every stage, step and touchpoint id and name (lowercased) → its id; feedback's `at` is read through it. */
  readonly elementsByName: ReadonlyMap<string, string>;
}

const regexOf = (pattern: string): string => {
  const { source, caseInsensitive } = patternRegex(pattern);
  return caseInsensitive ? `(?i)${source}` : source;
};

/**
 * What analyses need of a journey. Rules are tried in this order: the journey's `signals`,
 * then `events` on touchpoints, then `events` on steps, each in document order, and last an
 * event named after a touchpoint or step id. Personas match the data's segment by their
 * `segments` patterns, else by their `segment` text or their id (any case).
 */
export function journeyDesign(journey: Journey): JourneyDesign {
  const stages = journey.stages.map((stage, order) => ({ id: stage.id, name: stage.name, order }));
  const steps: DesignedStep[] = [];
  const stepStage = new Map<string, { stage: string; stageOrder: number }>();
  const emotionsOf = (step: Journey['stages'][number]['steps'][number]) =>
    Object.fromEntries(Object.entries(step.emotions).map(([persona, emotion]) => [persona, emotion.score]));
  let order = 0;
  journey.stages.forEach((stage, stageOrder) => {
    for (const step of stage.steps) {
      stepStage.set(step.id, { stage: stage.id, stageOrder });
      steps.push({
        id: step.id,
        name: step.name,
        stage: stage.id,
        stageOrder,
        order: order++,
        touchpoints: step.touchpoints.map((t) => t.id),
        emotions: emotionsOf(step),
      });
    }
  });
  for (const path of journey.paths) {
    const at = stepStage.get(path.from) ?? { stage: stages[0]?.id ?? path.id, stageOrder: 0 };
    for (const step of path.steps) {
      stepStage.set(step.id, at);
      steps.push({
        id: step.id,
        name: step.name,
        stage: at.stage,
        stageOrder: at.stageOrder,
        order: undefined,
        touchpoints: step.touchpoints.map((t) => t.id),
        emotions: emotionsOf(step),
      });
    }
  }
  const touchpointStep = new Map<string, string>();
  for (const step of steps) for (const t of step.touchpoints) touchpointStep.set(t, step.id);
  const eventRules: EventRule[] = [];
  const add = (patterns: readonly string[], at: string, channel: string | null) => {
    const step = touchpointStep.get(at) ?? at;
    const touchpoint = touchpointStep.has(at) ? at : null;
    for (const pattern of patterns)
      eventRules.push({ priority: eventRules.length, regex: regexOf(pattern), channel, touchpoint, step });
  };
  for (const signal of journey.signals ?? []) add(signal.events, signal.at, signal.channel ?? null);
  const places = [...journey.stages.flatMap((s) => s.steps), ...journey.paths.flatMap((p) => p.steps)];
  for (const step of places) for (const t of step.touchpoints) add(t.events ?? [], t.id, null);
  for (const step of places) add(step.events ?? [], step.id, null);
  // Last, by id: an event named after a touchpoint or step (`-`, `_` and `.` alike, any case).
  const byId = (id: string) => `/^${id.replace(/[-_.]/g, '[-_.]')}$/i`;
  for (const step of places) for (const t of step.touchpoints) add([byId(t.id)], t.id, null);
  for (const step of places) add([byId(step.id)], step.id, null);

  const segmentRules: SegmentRule[] = [];
  for (const persona of journey.personas) {
    const exactly = (text: string) => `(?i)^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
    const regexes = persona.segments?.length
      ? persona.segments.map(regexOf)
      : [...(persona.segment !== undefined ? [exactly(persona.segment)] : []), exactly(persona.id)];
    for (const regex of regexes)
      segmentRules.push({ priority: segmentRules.length, regex, persona: persona.id });
  }

  const elementsByName = new Map<string, string>();
  const name = (key: string | undefined, id: string) => {
    if (key !== undefined && !elementsByName.has(key.toLowerCase()))
      elementsByName.set(key.toLowerCase(), id);
  };
  for (const stage of journey.stages) name(stage.id, stage.id);
  for (const step of places) {
    name(step.id, step.id);
    for (const t of step.touchpoints) name(t.id, t.id);
  }
  for (const stage of journey.stages) name(stage.name, stage.id);
  for (const step of places) {
    name(step.name, step.id);
    for (const t of step.touchpoints) name(t.name, t.id);
  }
  return {
    journeyId: journey.id,
    stages,
    steps,
    personas: journey.personas.map((p) => p.id),
    eventRules,
    segmentRules,
    elementsByName,
  };
}
