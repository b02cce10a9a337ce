// Presence: what each connected person shares through Yjs awareness (who they are, what they
// have selected, where their pointer is). Awareness states come from other clients, so the
// server and the editor parse them with this schema before using one, and drop what fails.
import { Id } from '@waymark/core';
import { z } from 'zod';

/** A finite coordinate; awareness is JSON, and NaN or Infinity would break drawing. */
const Coordinate = z.number().finite().min(-1e7).max(1e7);

/** Who a person is, as the avatars show them. `color` is their highlight colour. */
export const PresenceUser = z
  .object({
    id: z.string().min(1).max(200),
    name: z.string().trim().min(1).max(200),
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'expected a colour like #1f77b4' }),
  })
  .strict();
export type PresenceUser = z.infer<typeof PresenceUser>;

/**
 * One person's presence on one journey. `selected` is the id of the element they have selected
 * (highlighted in their colour for everyone else); `pointer` is where their pointer is, in map
 * coordinates (render's layout units, so it sits on the same card at every zoom and scroll), or
 * absent while it is off the map.
 */
export const PresenceState = z
  .object({
    user: PresenceUser,
    selected: Id.optional(),
    pointer: z.object({ x: Coordinate, y: Coordinate }).strict().optional(),
  })
  .strict();
export type PresenceState = z.infer<typeof PresenceState>;

/** The presence in an awareness state from another client, or `undefined` when it is malformed. */
export function parsePresence(state: unknown): PresenceState | undefined {
  const parsed = PresenceState.safeParse(state);
  return parsed.success ? parsed.data : undefined;
}
