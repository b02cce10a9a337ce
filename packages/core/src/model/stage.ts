import { z } from 'zod';
import { backed, Id, Text } from './primitives.js';
import { Step } from './step.js';

/** A stage may loop back to an earlier one (a renewal, a repeat purchase). */
export const StageLoop = z.object({ to: Id, reason: Text.optional() }).strict();

/** An ordered phase of the journey. */
export const Stage = z
  .object({
    id: Id,
    name: Text,
    description: Text.optional(),
    steps: z.array(Step).default([]),
    loop: StageLoop.optional(),
    ...backed,
  })
  .strict();
export type Stage = z.infer<typeof Stage>;

export const pathKinds = ['happy', 'unhappy', 'exception', 'alternative'] as const;

/**
 * An alternative path: it branches after step `from` and either rejoins the main
 * path at step `rejoin` or ends there.
 */
export const Path = z
  .object({
    id: Id,
    name: Text,
    kind: z.enum(pathKinds).default('alternative'),
    from: Id,
    rejoin: Id.optional(),
    share: z.number().min(0).max(1).optional().describe('share of customers taking this path'),
    description: Text.optional(),
    steps: z.array(Step).default([]),
    ...backed,
  })
  .strict();
export type Path = z.infer<typeof Path>;
