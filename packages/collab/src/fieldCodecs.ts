// How each field of each element kind is held in the Y.Doc (the shape is described at the top of
// journeyDoc.ts). One table per kind, in the schema's field order; a test holds every table equal
// to its zod schema's keys, so a field added to core's model cannot be forgotten here.
import type { ElementKind, Journey } from '@waymark/core';
import {
  Action,
  Gain,
  Insight,
  Metric,
  Opportunity,
  PainPoint,
  Path,
  Persona,
  Stage,
  Step,
  Touchpoint,
} from '@waymark/core';
import type { z } from 'zod';

/**
 * - `text`: a Y.Text, merged character by character: prose several people type into at once
 *   (names, titles, descriptions, an insight's text, a persona's quote).
 * - `value`: a plain value, last writer wins: ids, enums, numbers, short codes (a channel, an
 *   owner, a date) where a character merge would make nonsense, and the nested maps a command
 *   replaces as a whole (`loop`, `kpi`, `momentOfTruth`, `review`).
 * - `list`: a Y.Array of plain values (text lists, lists of ids, measurements): concurrent inserts
 *   both survive.
 * - `children`: a Y.Array of the ids of contained elements (a stage's steps, a step's
 *   touchpoints); their content lives in the elements map, so a move never copies it.
 * - `emotions`: a Y.Map persona id → Y.Map of the emotion's fields.
 * - `blueprint`: a Y.Map lane → Y.Array of text.
 */
export type FieldCodec = 'text' | 'value' | 'list' | 'children' | 'emotions' | 'blueprint';

export type FieldTable = readonly (readonly [field: string, codec: FieldCodec])[];

/** The journey's own fields; its element lists are `children` of the journey map. */
export const journeyFields: FieldTable = [
  ['formatVersion', 'value'],
  ['id', 'value'],
  ['title', 'text'],
  ['objective', 'text'],
  ['description', 'text'],
  ['scope', 'value'],
  ['state', 'value'],
  ['redesigns', 'value'],
  ['status', 'value'],
  ['owner', 'value'],
  ['version', 'value'],
  ['tags', 'list'],
  ['review', 'value'],
  ['personas', 'children'],
  ['stages', 'children'],
  ['paths', 'children'],
  ['insights', 'children'],
  ['painPoints', 'children'],
  ['gains', 'children'],
  ['opportunities', 'children'],
  ['actions', 'children'],
  ['metrics', 'children'],
  ['signals', 'value'],
];

const findingFields: FieldTable = [
  ['id', 'value'],
  ['title', 'text'],
  ['description', 'text'],
  ['at', 'value'],
  ['severity', 'value'],
  ['reach', 'value'],
  ['personas', 'list'],
  ['evidence', 'value'],
  ['insights', 'list'],
];

/** Every element kind's fields (the `id` is the element's key in the elements map). */
export const elementFields: { readonly [K in ElementKind]: FieldTable } = {
  persona: [
    ['id', 'value'],
    ['name', 'text'],
    ['segment', 'value'],
    ['segments', 'value'],
    ['description', 'text'],
    ['goals', 'list'],
    ['needs', 'list'],
    ['frustrations', 'list'],
    ['behaviours', 'list'],
    ['quote', 'text'],
    ['share', 'value'],
    ['color', 'value'],
    ['avatar', 'value'],
  ],
  stage: [
    ['id', 'value'],
    ['name', 'text'],
    ['description', 'text'],
    ['steps', 'children'],
    ['loop', 'value'],
    ['evidence', 'value'],
    ['insights', 'list'],
  ],
  step: [
    ['id', 'value'],
    ['name', 'text'],
    ['description', 'text'],
    ['touchpoints', 'children'],
    ['emotions', 'emotions'],
    ['thoughts', 'list'],
    ['momentOfTruth', 'value'],
    ['blueprint', 'blueprint'],
    ['detail', 'value'],
    ['events', 'value'],
    ['evidence', 'value'],
    ['insights', 'list'],
  ],
  touchpoint: [
    ['id', 'value'],
    ['channel', 'value'],
    ['name', 'text'],
    ['online', 'value'],
    ['department', 'value'],
    ['momentOfTruth', 'value'],
    ['events', 'value'],
    ['evidence', 'value'],
    ['insights', 'list'],
  ],
  path: [
    ['id', 'value'],
    ['name', 'text'],
    ['kind', 'value'],
    ['from', 'value'],
    ['rejoin', 'value'],
    ['share', 'value'],
    ['description', 'text'],
    ['steps', 'children'],
    ['evidence', 'value'],
    ['insights', 'list'],
  ],
  insight: [
    ['id', 'value'],
    ['text', 'text'],
    ['source', 'value'],
    ['date', 'value'],
    ['reference', 'value'],
    ['personas', 'list'],
  ],
  painPoint: findingFields,
  gain: findingFields,
  opportunity: [
    ['id', 'value'],
    ['title', 'text'],
    ['description', 'text'],
    ['addresses', 'list'],
    ['impact', 'value'],
    ['effort', 'value'],
    ['confidence', 'value'],
    ['reach', 'value'],
    ['status', 'value'],
    ['owner', 'value'],
    ['metrics', 'list'],
    ['evidence', 'value'],
    ['insights', 'list'],
  ],
  action: [
    ['id', 'value'],
    ['title', 'text'],
    ['description', 'text'],
    ['opportunity', 'value'],
    ['owner', 'value'],
    ['department', 'value'],
    ['due', 'value'],
    ['status', 'value'],
    ['kpi', 'value'],
  ],
  metric: [
    ['id', 'value'],
    ['name', 'text'],
    ['kind', 'value'],
    ['at', 'value'],
    ['unit', 'value'],
    ['direction', 'value'],
    ['baseline', 'value'],
    ['target', 'value'],
    ['measurements', 'list'],
    ['evidence', 'value'],
    ['insights', 'list'],
  ],
};

/** An emotion's fields, inside a step's emotions map. */
export const emotionFields: FieldTable = [
  ['score', 'value'],
  ['thoughts', 'list'],
  ['evidence', 'value'],
  ['insights', 'list'],
];

/** The schema of each kind, for the defaults of fields a document lacks (and the table test). */
export const kindSchemas: { readonly [K in ElementKind]: z.ZodObject } = {
  persona: Persona,
  stage: Stage,
  step: Step,
  touchpoint: Touchpoint,
  path: Path,
  insight: Insight,
  painPoint: PainPoint,
  gain: Gain,
  opportunity: Opportunity,
  action: Action,
  metric: Metric,
};

/** The journey's element lists and the kind of element each holds, in document order. */
export const collections = [
  ['personas', 'persona'],
  ['stages', 'stage'],
  ['paths', 'path'],
  ['insights', 'insight'],
  ['painPoints', 'painPoint'],
  ['gains', 'gain'],
  ['opportunities', 'opportunity'],
  ['actions', 'action'],
  ['metrics', 'metric'],
] as const satisfies readonly (readonly [keyof Journey, ElementKind])[];

/** The kind of element a `children` field of a kind holds. */
export const childKinds: { readonly [field: string]: ElementKind } = {
  steps: 'step',
  touchpoints: 'touchpoint',
};

/**
 * The default of each defaulted field of a schema (`severity: 3`, `tags: []`), computed once from
 * the schema itself, so a document that lacks a field reads as a file that left it out.
 */
export function schemaDefaults(schema: z.ZodObject): ReadonlyMap<string, () => unknown> {
  const defaults = new Map<string, () => unknown>();
  for (const [field, type] of Object.entries(schema.shape)) {
    const parsed = (type as z.ZodType).safeParse(undefined);
    if (parsed.success && parsed.data !== undefined) {
      defaults.set(field, () => (type as z.ZodType).parse(undefined));
    }
  }
  return defaults;
}
