// What commands need to know about each kind of element: its schema, where it lives, what it
// contains, what names it (for derived ids) and which other elements it refers to. Adding a kind
// of element is adding an entry here.
import type { z } from 'zod';
import { Gain, Insight, PainPoint } from '../model/findings.js';
import type { Journey } from '../model/journey.js';
import { Persona } from '../model/persona.js';
import { Action, Metric, Opportunity } from '../model/plan.js';
import { Path, Stage } from '../model/stage.js';
import { Step, Touchpoint } from '../model/step.js';
import type { ElementKind } from '../model/walk.js';

/** An element's fields, read generically (the kind's schema has checked their shape). */
export type Fields = Readonly<Record<string, unknown>>;

/** Keys and indexes from some root: `['stages', 1, 'steps', 0]`. */
export type KeyPath = readonly (string | number)[];

/** One id an element holds, naming another element. */
export interface Reference {
  /** Where the id sits, from the element holding it: `['at']`, `['emotions', 'shopper']`. */
  readonly path: KeyPath;
  readonly target: string;
  /** The kinds of element the id may name. */
  readonly kinds: readonly ElementKind[];
}

/** The journey's lists of top-level elements. */
export type Collection = keyof Pick<
  Journey,
  | 'personas'
  | 'stages'
  | 'paths'
  | 'insights'
  | 'painPoints'
  | 'gains'
  | 'opportunities'
  | 'actions'
  | 'metrics'
>;

export interface KindSpec {
  readonly schema: z.ZodObject;
  /** How a list of them is called in messages: "steps", "pain points". */
  readonly plural: string;
  /** The journey's list holding them; absent for kinds that sit in a parent element. */
  readonly collection?: Collection;
  /** The kinds their parent may be (steps sit in stages and paths, touchpoints in steps). */
  readonly parents?: readonly ElementKind[];
  /** The field listing the child elements they contain. */
  readonly children?: { readonly field: 'steps' | 'touchpoints'; readonly kind: ElementKind };
  /** The field holding the element's visible name, title or text; ids are derived from it. */
  readonly labelField: 'name' | 'title' | 'text';
  /** The ids the element itself holds (not those in its children). */
  readonly references: (element: Fields) => Reference[];
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/** The ids in a list field. */
function listRefs(element: Fields, name: string, kinds: readonly ElementKind[]): Reference[] {
  const value = element[name];
  if (!Array.isArray(value)) return [];
  return value.flatMap((target: unknown, index) =>
    typeof target === 'string' ? [{ path: [name, index], target, kinds }] : [],
  );
}

/** The id in a field, or in a field of a nested map (`kpi.metric`, `loop.to`). */
function oneRef(
  element: Fields,
  path: readonly [string, string?],
  kinds: readonly ElementKind[],
): Reference[] {
  const [name, inner] = path;
  const outer = element[name];
  const target =
    inner === undefined
      ? outer
      : typeof outer === 'object' && outer !== null
        ? Reflect.get(outer, inner)
        : undefined;
  return typeof target === 'string'
    ? [{ path: inner === undefined ? [name] : [name, inner], target, kinds }]
    : [];
}

const insightRefs = (element: Fields) => listRefs(element, 'insights', ['insight']);

/** A step's emotions are keyed by persona id, and each emotion may cite insights. */
function emotionRefs(step: Fields): Reference[] {
  const emotions = step.emotions;
  if (typeof emotions !== 'object' || emotions === null) return [];
  return Object.entries(emotions).flatMap(([persona, emotion]: [string, unknown]) => [
    { path: ['emotions', persona], target: persona, kinds: ['persona'] as const },
    ...(typeof emotion === 'object' && emotion !== null
      ? insightRefs(emotion as Fields).map((ref) => ({ ...ref, path: ['emotions', persona, ...ref.path] }))
      : []),
  ]);
}

const findingRefs = (element: Fields) => [
  ...oneRef(element, ['at'], ['step', 'touchpoint']),
  ...listRefs(element, 'personas', ['persona']),
  ...insightRefs(element),
];

export const kindSpecs: { readonly [K in ElementKind]: KindSpec } = {
  persona: {
    schema: Persona,
    plural: 'personas',
    collection: 'personas',
    labelField: 'name',
    references: () => [],
  },
  stage: {
    schema: Stage,
    plural: 'stages',
    collection: 'stages',
    children: { field: 'steps', kind: 'step' },
    labelField: 'name',
    references: (stage) => [...insightRefs(stage), ...oneRef(stage, ['loop', 'to'], ['stage'])],
  },
  step: {
    schema: Step,
    plural: 'steps',
    parents: ['stage', 'path'],
    children: { field: 'touchpoints', kind: 'touchpoint' },
    labelField: 'name',
    references: (step) => [...insightRefs(step), ...emotionRefs(step)],
  },
  touchpoint: {
    schema: Touchpoint,
    plural: 'touchpoints',
    parents: ['step'],
    labelField: 'name',
    references: insightRefs,
  },
  path: {
    schema: Path,
    plural: 'paths',
    collection: 'paths',
    children: { field: 'steps', kind: 'step' },
    labelField: 'name',
    references: (path) => [
      ...oneRef(path, ['from'], ['step']),
      ...oneRef(path, ['rejoin'], ['step']),
      ...insightRefs(path),
    ],
  },
  insight: {
    schema: Insight,
    plural: 'insights',
    collection: 'insights',
    labelField: 'text',
    references: (insight) => listRefs(insight, 'personas', ['persona']),
  },
  painPoint: {
    schema: PainPoint,
    plural: 'pain points',
    collection: 'painPoints',
    labelField: 'title',
    references: findingRefs,
  },
  gain: {
    schema: Gain,
    plural: 'gains',
    collection: 'gains',
    labelField: 'title',
    references: findingRefs,
  },
  opportunity: {
    schema: Opportunity,
    plural: 'opportunities',
    collection: 'opportunities',
    labelField: 'title',
    references: (opportunity) => [
      ...listRefs(opportunity, 'addresses', ['painPoint']),
      ...listRefs(opportunity, 'metrics', ['metric']),
      ...insightRefs(opportunity),
    ],
  },
  action: {
    schema: Action,
    plural: 'actions',
    collection: 'actions',
    labelField: 'title',
    references: (action) => [
      ...oneRef(action, ['opportunity'], ['opportunity']),
      ...oneRef(action, ['kpi', 'metric'], ['metric']),
    ],
  },
  metric: {
    schema: Metric,
    plural: 'metrics',
    collection: 'metrics',
    labelField: 'name',
    references: (metric) => [
      ...oneRef(metric, ['at'], ['stage', 'step', 'touchpoint']),
      ...insightRefs(metric),
    ],
  },
};

/** The children of an element, as their kind and fields. */
export function childrenOf(
  kind: ElementKind,
  element: Fields,
): { kind: ElementKind; items: readonly unknown[] } | undefined {
  const children = kindSpecs[kind].children;
  if (children === undefined) return undefined;
  const items = element[children.field];
  return { kind: children.kind, items: Array.isArray(items) ? items : [] };
}

/**
 * The name, title or text an id is derived from, as IdRegistry derives ids in files; a
 * touchpoint without a name goes by its channel.
 */
export function elementLabel(kind: ElementKind, item: Fields): string | undefined {
  return text(item[kindSpecs[kind].labelField]) ?? (kind === 'touchpoint' ? text(item.channel) : undefined);
}

/** The field an element's visible label lives in (what the editor renames). */
export function labelFieldOf(kind: ElementKind): KindSpec['labelField'] {
  return kindSpecs[kind].labelField;
}
