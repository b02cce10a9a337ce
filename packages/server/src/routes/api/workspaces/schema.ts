import { z } from 'zod';
import { roles } from '../../../db/schema.js';

export const WorkspaceSlug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, {
  message: 'expected lowercase letters, digits and dashes, like "cx-team"',
});

export const WorkspaceParams = z.object({ workspace: WorkspaceSlug });

export const Workspace = z.object({
  slug: z.string(),
  name: z.string(),
  role: z.enum(roles).describe('my role in it'),
  createdAt: z.string(),
});

export const CreateWorkspaceBody = z.object({
  name: z.string().trim().min(1).max(200),
  slug: WorkspaceSlug.optional().describe('made from the name when absent'),
});

export const Member = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(roles),
  since: z.string(),
});

export const Invitation = z.object({
  id: z.string(),
  role: z.enum(roles),
  email: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
});
