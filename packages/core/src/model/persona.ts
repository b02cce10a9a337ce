import { z } from 'zod';
import { Id, Share, Text, TextList } from './primitives.js';
import { EventPatterns } from './signals.js';

/** Who travels the journey. */
export const Persona = z
  .object({
    id: Id,
    name: Text,
    segment: Text.optional(),
    segments: EventPatterns.describe(
      "the data's segment values that are this persona: names, globs or /regex/",
    ),
    description: Text.optional(),
    goals: TextList,
    needs: TextList,
    frustrations: TextList,
    behaviours: TextList,
    quote: Text.optional(),
    share: Share.optional().describe('share of the customer base, 0..1'),
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, { message: 'expected a colour like #1f77b4' })
      .optional(),
    avatar: Text.optional().describe('initials, or an image URL'),
  })
  .strict();
export type Persona = z.infer<typeof Persona>;
