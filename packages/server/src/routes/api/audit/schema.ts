import { z } from 'zod';
import { PersonRef } from '../versions/schema.js';

export const AuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe('only events older than this id (the `next` of a page)'),
  action: z
    .string()
    .regex(/^[a-z]+(\.[a-z-]+)?$/, {
      message: 'expected an action like "journey.update", or a family like "comment"',
    })
    .optional()
    .describe('one action ("comment.create"), or every action of a family ("comment")'),
});

export const AuditEvent = z.object({
  id: z.number().int(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  actor: PersonRef.nullable().describe('null for things the server did itself'),
});

export const AuditPage = z.object({
  events: z.array(AuditEvent),
  next: z
    .number()
    .int()
    .nullable()
    .describe('pass as `before` for the next (older) page; null on the last one'),
});
