// The fine-grained edits of a journey, as data. The server's API takes them so a client need not
// resend the whole map, and the collaboration layer applies the same commands as Yjs transactions;
// `applyCommands` is the one place that gives them meaning.
import { z } from 'zod';
import { Review } from '../model/journey.js';
import { Measurement } from '../model/plan.js';
import { EvidenceLevel, Id, Text } from '../model/primitives.js';
import { Emotion } from '../model/step.js';
import type { ElementKind } from '../model/walk.js';

/** Every kind of element a command can address, in the order of the journey document. */
export const elementKinds = [
  'persona',
  'stage',
  'step',
  'touchpoint',
  'path',
  'insight',
  'painPoint',
  'gain',
  'opportunity',
  'action',
  'metric',
] as const satisfies readonly ElementKind[];

/** A position in a list: 0 is the first place; a list of n items takes n as "at the end". */
const ListIndex = z.number().int().min(0);

/** The element's fields as a map; checked against the schema of its kind when applied. */
const Fields = z.record(z.string(), z.unknown());

/**
 * Changes the journey's own fields. `null` removes an optional field, or puts a field that has a
 * default (scope, state, status, tags) back to it.
 */
export const JourneySetCommand = z
  .object({
    op: z.literal('journey.set'),
    set: z
      .object({
        title: Text,
        objective: Text.nullable(),
        description: Text.nullable(),
        scope: z.enum(['high-level', 'interaction']).nullable(),
        state: z.enum(['current', 'future']).nullable(),
        redesigns: Text.nullable(),
        status: z.enum(['draft', 'in-review', 'published']).nullable(),
        owner: Text.nullable(),
        version: Text.nullable(),
        tags: z.array(Text).nullable(),
        review: Review.nullable(),
      })
      .partial()
      .strict(),
  })
  .strict();

/**
 * Adds an element. Steps go in a stage or path and touchpoints in a step (`parent`); the other
 * kinds sit at the journey's top level and take no parent. `index` defaults to the end. An item
 * without an `id` gets one derived from its name or title; a stage, path or step may bring its
 * steps or touchpoints along, ids optional at every level.
 */
export const AddCommand = z
  .object({
    op: z.literal('add'),
    kind: z.enum(elementKinds),
    item: Fields,
    parent: Id.optional(),
    index: ListIndex.optional(),
  })
  .strict();

/**
 * Changes fields of any element (a shallow merge); `null` removes an optional field or puts a
 * defaulted one back to its default. Ids and the lists of child elements (steps, touchpoints)
 * are not changed this way: use add, move and remove.
 */
export const UpdateCommand = z.object({ op: z.literal('update'), id: Id, set: Fields }).strict();

/**
 * Moves an element to `index` of its list, as counted once it has left its old place. A step may
 * move to another stage or path and a touchpoint to another step (`parent`).
 */
export const MoveCommand = z
  .object({ op: z.literal('move'), id: Id, index: ListIndex, parent: Id.optional() })
  .strict();

/** Removes an element (with its steps and touchpoints); refused while anything still refers to it. */
export const RemoveCommand = z.object({ op: z.literal('remove'), id: Id }).strict();

/**
 * Sets how a persona feels at a step. Fields left out keep their value when the emotion exists;
 * `evidence: null` removes the evidence level.
 */
export const EmotionSetCommand = z
  .object({
    op: z.literal('emotion.set'),
    step: Id,
    persona: Id,
    score: Emotion.shape.score,
    thoughts: z.array(Text).optional(),
    evidence: EvidenceLevel.nullable().optional(),
    insights: z.array(Id).optional(),
  })
  .strict();

/** Removes a persona's emotion from a step. */
export const EmotionClearCommand = z
  .object({ op: z.literal('emotion.clear'), step: Id, persona: Id })
  .strict();

/** Records a measurement of a metric; measurements stay in date order. */
export const MeasurementAddCommand = z
  .object({ op: z.literal('measurement.add'), metric: Id, measurement: Measurement })
  .strict();

/** One fine-grained edit of a journey; see docs/commands.md. */
export const JourneyCommand = z.discriminatedUnion('op', [
  JourneySetCommand,
  AddCommand,
  UpdateCommand,
  MoveCommand,
  RemoveCommand,
  EmotionSetCommand,
  EmotionClearCommand,
  MeasurementAddCommand,
]);
export type JourneyCommand = z.infer<typeof JourneyCommand>;
export type JourneyCommandOp = JourneyCommand['op'];

/** The schema of each op, for checking a command once its op is known. */
export const commandSchemas = {
  'journey.set': JourneySetCommand,
  add: AddCommand,
  update: UpdateCommand,
  move: MoveCommand,
  remove: RemoveCommand,
  'emotion.set': EmotionSetCommand,
  'emotion.clear': EmotionClearCommand,
  'measurement.add': MeasurementAddCommand,
} as const satisfies { readonly [Op in JourneyCommandOp]: z.ZodType };

export const commandOps = Object.keys(commandSchemas) as JourneyCommandOp[];
