import { z } from 'zod';
import { Measurement } from '../model/plan.js';
import { Id, Text } from '../model/primitives.js';
import { StageLoop } from '../model/stage.js';
import { blueprintLanes, Emotion, MomentOfTruth } from '../model/step.js';
import type { ElementName } from './fieldNames.js';
import { elementSchemas, spellingsOf } from './fieldNames.js';
import { unwrapSchema } from './schemaWalk.js';

/** A value or a list of them: `thoughts: one line` or `thoughts: [one, two]`. */
const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item)]);

/** `- "The title": {fields}`: a map with exactly one key, the element's name. */
const singleKey = (value: z.ZodType, what: string) =>
  z.record(z.string(), value).meta({
    minProperties: 1,
    maxProperties: 1,
    description: `the ${what} as the only key, its fields as the value`,
  });

/**
 * The map of an element as a file may spell it: every model field (optional, since ids are
 * derived and defaults apply) under its canonical, kebab-case and alias names; lists of text
 * or ids may be a single value. `fields` overrides or adds fields.
 */
function fileObject(element: ElementName, fields: Record<string, z.ZodType> = {}): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  const model = elementSchemas[element].shape as Record<string, z.ZodType>;
  for (const [field, schema] of Object.entries({ ...model, ...fields })) {
    const value = fields[field] ?? loosen(schema);
    for (const spelling of spellingsOf(element, field)) shape[spelling] = value.optional();
  }
  return z.strictObject(shape);
}

function loosen(schema: z.ZodType): z.ZodType {
  const inner = unwrapSchema(schema);
  if (inner instanceof z.ZodArray) {
    const item = unwrapSchema(inner.element as z.ZodType);
    if (item._zod.def.type === 'string') return oneOrMany(inner.element as z.ZodType);
  }
  return schema;
}

/** An element of a named list: plain text, a full map, or `- "Label": {fields}`. */
const named = (object: z.ZodObject, what: string) =>
  z.union([Text, object, singleKey(z.union([object, z.null()]), what)]);

const backed = { insights: oneOrMany(Id) };

/**
 * The journey FILE format as a zod schema: the model's element schemas plus every shorthand
 * and alias the parser accepts. It exists to produce the JSON Schema editors use
 * (`journeyJsonSchema`); the parser itself normalises first and validates with the model.
 * `names` gives the parts worth a readable name in the JSON Schema's `$defs`.
 */
export function journeyFileSchema(names = new Map<z.ZodType, string>()): z.ZodObject {
  const name = <T extends z.ZodType>(title: string, schema: T): T => {
    names.set(schema, title);
    return schema;
  };
  name('Text', Text);
  name('Id', Id);
  const momentOfTruth = name(
    'MomentOfTruth',
    z.union([Text, MomentOfTruth]).describe('why this moment decides the customer’s perception'),
  );
  const emotion = name(
    'Emotion',
    z.union([Emotion.shape.score, fileObject('emotion', { ...backed, thoughts: oneOrMany(Text) })]),
  );
  const touchpointObject = fileObject('touchpoint', { ...backed, momentOfTruth });
  const touchpoint = name(
    'Touchpoint',
    z
      .union([
        Text.describe('"channel: name", a channel word ("word of mouth", "parcel"), or a name'),
        touchpointObject,
        singleKey(z.union([Text, touchpointObject, z.null()]), 'channel'),
      ])
      .describe('where the step meets the company'),
  );
  const finding = (element: 'painPoint' | 'gain') =>
    fileObject(element, { ...backed, at: Id, personas: oneOrMany(Id) });
  const pain = name('PainPoint', named(finding('painPoint'), 'title'));
  const gain = name('Gain', named(finding('gain'), 'title'));
  const lanes = Object.fromEntries(blueprintLanes.map((lane) => [lane, oneOrMany(Text)]));
  const stepObject = fileObject('step', {
    ...backed,
    ...lanes,
    touchpoints: oneOrMany(touchpoint),
    emotions: z.record(Id, emotion).describe('per persona id: a score from -2 to 2, or {score, thoughts}'),
    momentOfTruth,
    blueprint: fileObject('blueprint'),
    painPoints: oneOrMany(pain).describe('pain points at this step; they join the journey’s list'),
    gains: oneOrMany(gain).describe('gains at this step; they join the journey’s list'),
  });
  const step = name('Step', named(stepObject, 'step name'));
  const steps = z.array(step);
  const stageObject = fileObject('stage', {
    ...backed,
    steps,
    loop: z.union([Id, StageLoop]).describe('an earlier stage this one loops back to'),
  });
  const stage = name(
    'Stage',
    z.union([Text, stageObject, singleKey(z.union([steps, stageObject, z.null()]), 'stage name')]),
  );
  const personaValue = name(
    'Persona',
    z.union([
      Text.describe('the persona’s name, or a relative path to a persona file (.yaml, .yml, .json)'),
      fileObject('persona'),
    ]),
  );
  return fileObject('journey', {
    formatVersion: z.number().int().min(1).describe('the version of the file format; defaults to 1'),
    review: fileObject('review'),
    personas: z.union([z.record(Id, z.union([personaValue, z.null()])), z.array(personaValue)]),
    stages: z.array(stage),
    paths: z.array(name('Path', named(fileObject('path', { ...backed, steps }), 'name'))),
    insights: z.array(name('Insight', named(fileObject('insight', { personas: oneOrMany(Id) }), 'text'))),
    painPoints: z.array(pain),
    gains: z.array(gain),
    opportunities: z.array(
      name(
        'Opportunity',
        named(
          fileObject('opportunity', { ...backed, addresses: oneOrMany(Id), metrics: oneOrMany(Id) }),
          'title',
        ),
      ),
    ),
    actions: z.array(
      name('Action', named(fileObject('action', { kpi: z.union([Id, fileObject('kpi')]) }), 'title')),
    ),
    signals: z.array(name('Signal', fileObject('signal'))),
    metrics: z.array(
      name('Metric', named(fileObject('metric', { ...backed, measurements: z.array(Measurement) }), 'name')),
    ),
  });
}

/**
 * The JSON Schema (draft 2020-12) of journey files, for editors: with the YAML language server,
 * put `# yaml-language-server: $schema=./journey.schema.json` at the top of a journey file.
 */
export function journeyJsonSchema(): Record<string, unknown> {
  const names = new Map<z.ZodType, string>();
  const titled = new Map<string, string>();
  const schema = z.toJSONSchema(journeyFileSchema(names), {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    reused: 'ref',
    override: ({ zodSchema, jsonSchema }) => {
      const title = names.get(zodSchema as unknown as z.ZodType);
      if (title !== undefined) jsonSchema.title = title;
    },
  }) as Record<string, unknown>;
  const { $schema, $defs, ...rest } = schema;
  // Give the shared parts readable names: `#/$defs/Step` rather than `#/$defs/__schema7`.
  const defs: Record<string, unknown> = {};
  for (const [key, def] of Object.entries(($defs ?? {}) as Record<string, { title?: unknown }>)) {
    const title = typeof def.title === 'string' && !Object.hasOwn(defs, def.title) ? def.title : key;
    titled.set(`#/$defs/${key}`, `#/$defs/${title}`);
    defs[title] = def;
  }
  const renamed = renameRefs({ ...rest, $defs: defs }, titled) as Record<string, unknown>;
  return {
    $schema,
    $id: 'https://waymark.dev/schema/journey.schema.json',
    title: 'Waymark journey',
    description:
      'A customer journey map: personas, stages, steps, touchpoints, emotions, pain points and plans.',
    ...renamed,
    anyOf: [{ required: ['title'] }, { required: ['journey'] }],
  };
}

function renameRefs(value: unknown, names: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => renameRefs(item, names));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      key === '$ref' && typeof item === 'string' ? (names.get(item) ?? item) : renameRefs(item, names),
    ]),
  );
}
