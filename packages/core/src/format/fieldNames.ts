import type { z } from 'zod';
import { Gain, Insight, PainPoint } from '../model/findings.js';
import { Journey, Review } from '../model/journey.js';
import { Persona } from '../model/persona.js';
import { Action, KpiTarget, Measurement, Metric, Opportunity } from '../model/plan.js';
import { Signal } from '../model/signals.js';
import { Path, Stage, StageLoop } from '../model/stage.js';
import { Blueprint, blueprintLanes, Emotion, MomentOfTruth, Step, Touchpoint } from '../model/step.js';

/** The kinds of map a journey file holds, each with its own set of field names. */
export type ElementName =
  | 'journey'
  | 'review'
  | 'persona'
  | 'stage'
  | 'loop'
  | 'step'
  | 'touchpoint'
  | 'emotion'
  | 'momentOfTruth'
  | 'blueprint'
  | 'path'
  | 'insight'
  | 'painPoint'
  | 'gain'
  | 'opportunity'
  | 'action'
  | 'kpi'
  | 'metric'
  | 'measurement'
  | 'signal';

/** The model schema of each element: its fields, their order and types. */
export const elementSchemas: Readonly<Record<ElementName, z.ZodObject>> = {
  journey: Journey,
  review: Review,
  persona: Persona,
  stage: Stage,
  loop: StageLoop,
  step: Step,
  touchpoint: Touchpoint,
  emotion: Emotion,
  momentOfTruth: MomentOfTruth,
  blueprint: Blueprint,
  path: Path,
  insight: Insight,
  painPoint: PainPoint,
  gain: Gain,
  opportunity: Opportunity,
  action: Action,
  kpi: KpiTarget,
  metric: Metric,
  measurement: Measurement,
  signal: Signal,
};

/**
 * Other names a field may be written with, per element (the one table of aliases; the JSON
 * Schema is built from it too). Kebab-case spellings of every field (`moment-of-truth`) are
 * accepted as well and need no entry here.
 */
export const fieldAliases: Readonly<Partial<Record<ElementName, Readonly<Record<string, string>>>>> = {
  journey: { journey: 'title' },
  step: {
    emotion: 'emotions',
    thinking: 'thoughts',
    thought: 'thoughts',
    pain: 'painPoints',
    pains: 'painPoints',
    gain: 'gains',
    touchpoint: 'touchpoints',
    event: 'events',
  },
  emotion: { thinking: 'thoughts', thought: 'thoughts' },
  signal: { event: 'events' },
  touchpoint: { event: 'events' },
};

/**
 * Fields accepted while writing by hand that the canonical element does not have: pain points
 * and gains written on a step (they move to the journey's lists), and the blueprint lanes
 * written directly on a step (they move into `blueprint`).
 */
export const authoringFields: Readonly<Partial<Record<ElementName, readonly string[]>>> = {
  step: ['painPoints', 'gains', ...blueprintLanes],
};

/** Every field name of an element, canonical first, then authoring-only ones. */
export function fieldsOf(element: ElementName): string[] {
  return [...Object.keys(elementSchemas[element].shape), ...(authoringFields[element] ?? [])];
}

/** `momentOfTruth` → `moment-of-truth`. */
export const kebabCase = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `moment-of-truth` → `momentOfTruth`. */
export const camelCase = (name: string): string =>
  name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** Every field name of each element, as a set (built once: keys are looked up for every map read). */
const fieldSets: ReadonlyMap<ElementName, ReadonlySet<string>> = new Map(
  (Object.keys(elementSchemas) as ElementName[]).map((element) => [element, new Set(fieldsOf(element))]),
);

/** The canonical field a key names on an element (itself, its kebab-case spelling or an alias), if any. */
export function canonicalKey(element: ElementName, key: string): string | undefined {
  const fields = fieldSets.get(element) ?? new Set<string>();
  if (fields.has(key)) return key;
  const camel = camelCase(key);
  if (fields.has(camel)) return camel;
  const aliases = fieldAliases[element] ?? {};
  return Object.hasOwn(aliases, key) ? aliases[key] : undefined;
}

/** Every spelling of a field on an element: canonical, kebab-case, aliases. */
export function spellingsOf(element: ElementName, field: string): string[] {
  const aliases = Object.entries(fieldAliases[element] ?? {})
    .filter(([, target]) => target === field)
    .map(([alias]) => alias);
  return [...new Set([field, kebabCase(field), ...aliases])];
}
