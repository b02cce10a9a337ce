import { z } from 'zod';
import { JourneyParams } from '../journeys/schema.js';

export const ShareParams = JourneyParams.extend({ shareId: z.string().min(1).max(100) });

export const CreateShareBody = z.object({
  expiresInDays: z
    .number()
    .int()
    .min(1)
    .max(3650)
    .optional()
    .describe('the link stops working after this many days; never, when absent'),
});

export const ShareLink = z.object({
  id: z.string(),
  prefix: z.string().describe('the first characters of the token, to tell links apart'),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const CreatedShareLink = z.object({
  share: ShareLink,
  token: z.string().describe('shown this once; only its hash is stored'),
  url: z.string().describe('the read-only page for people without an account'),
});

export const SharedTokenParams = z.object({ token: z.string().min(1).max(200) });

export const SharedJourney = z.object({
  title: z.string(),
  journey: z.record(z.string(), z.unknown()).describe('the journey document'),
});
