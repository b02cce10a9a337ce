import { z } from 'zod';
import { versionReasons } from '../../../commands/takeVersion.js';
import { JourneyParams } from '../journeys/schema.js';

export const VersionParams = JourneyParams.extend({
  number: z.coerce
    .number()
    .int()
    .min(1)
    .max(2_147_483_647)
    .describe('the version’s number: 1, 2, 3… per journey'),
});

/** A person as lists show them: who took a version, wrote a comment, did a thing. */
export const PersonRef = z.object({ id: z.string(), name: z.string() });

export const Version = z.object({
  number: z.number().int(),
  name: z.string(),
  reason: z
    .enum(versionReasons)
    .describe('manual: taken by someone; publish: on publishing; restore: on restoring'),
  revision: z.number().int().describe('the journey’s revision the version was taken of'),
  createdAt: z.string(),
  createdBy: PersonRef.nullable(),
});

export const CreateVersionBody = z.object({
  name: z.string().trim().min(1).max(200).describe('what this snapshot is, e.g. "Before the Q3 workshop"'),
});

/** One side of a diff: a version number or the journey as it is now. */
const DiffSide = z
  .string()
  .regex(/^(current|[1-9]\d{0,8})$/, { message: 'expected a version number (1, 2, …) or "current"' });

export const DiffQuery = z.object({
  from: DiffSide,
  to: DiffSide.default('current'),
  format: z.enum(['json', 'text']).default('json').describe('text: the readable summary of `waymark diff`'),
});
