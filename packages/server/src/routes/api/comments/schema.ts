import { z } from 'zod';
import { JourneyParams } from '../journeys/schema.js';
import { PersonRef } from '../versions/schema.js';

export const CommentParams = JourneyParams.extend({ commentId: z.string().min(1).max(100) });

const CommentText = z
  .string()
  .trim()
  .min(1)
  .max(10_000)
  .describe('plain text; `@[Name](userId)` mentions a member of the workspace');

const Mentions = z
  .array(z.string().min(1).max(100))
  .max(50)
  .optional()
  .describe('user ids to mention besides the `@[Name](userId)` tokens of the body');

export const CreateCommentBody = z.object({
  body: CommentText,
  elementId: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('the id of a step, stage, persona, touchpoint… in the journey; absent: the journey as a whole'),
  parentId: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe('reply to this comment (replies attach to its thread)'),
  mentions: Mentions,
});

export const EditCommentBody = z.object({ body: CommentText, mentions: Mentions });

export const CommentListQuery = z.object({
  elementId: z.string().min(1).max(200).optional().describe('only threads on this element'),
  resolved: z.enum(['true', 'false']).optional(),
});

export const Comment = z.object({
  id: z.string(),
  elementId: z.string().nullable(),
  parentId: z.string().nullable(),
  author: PersonRef,
  body: z.string(),
  mentions: z.array(PersonRef),
  createdAt: z.string(),
  updatedAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: PersonRef.nullable(),
});

export const Thread = Comment.extend({ replies: z.array(Comment) });
