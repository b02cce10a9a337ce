// Pointer presence, the pure part: how often my pointer goes into awareness, and which of the
// others' pointers are drawn. RemotePointers.tsx draws them; useLiveJourney.ts shares mine.
import type { PresenceState } from '@waymark/collab';

/** A point in map coordinates (render's layout units), the same on every screen at any zoom. */
export interface MapPoint {
  readonly x: number;
  readonly y: number;
}

/** At most this many pointer updates a second go into awareness (each is broadcast to everyone). */
export const pointerUpdatesPerSecond = 20;

export interface PointerThrottle {
  /** My pointer moved to `at`, or left the map (`undefined`). */
  readonly share: (at: MapPoint | undefined) => void;
  /** Drops a pending update (the editor is going away). */
  readonly cancel: () => void;
}

/**
 * Passes pointer positions on at most `perSecond` times a second: the first move at once, then the
 * latest position at the end of each interval, so the last place the pointer stopped is always
 * sent. Leaving the map is sent at once and drops a pending move, so a pointer never reappears
 * after it left.
 */
export function pointerThrottle(
  send: (at: MapPoint | undefined) => void,
  perSecond = pointerUpdatesPerSecond,
  now: () => number = Date.now,
): PointerThrottle {
  const interval = 1000 / perSecond;
  let lastSentAt = Number.NEGATIVE_INFINITY;
  let pending: MapPoint | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shown = false;
  const flush = () => {
    timer = undefined;
    if (pending === undefined) return;
    lastSentAt = now();
    shown = true;
    send(pending);
    pending = undefined;
  };
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending = undefined;
  };
  return {
    share(at) {
      if (at === undefined) {
        cancel();
        if (shown) send(undefined);
        shown = false;
        return;
      }
      pending = at;
      if (timer !== undefined) return;
      const wait = lastSentAt + interval - now();
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    },
    cancel,
  };
}

/** A pointer to draw: whose, in their colour, where. */
export interface RemotePointer {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly at: MapPoint;
}

/**
 * The pointers to draw: the others' who have one on the map, never my own (my other tabs
 * included: I see my own pointer already). Whoever left is already gone from `others` (awareness
 * drops a disconnected client's state, and every state when this connection drops).
 */
export function remotePointers(others: readonly PresenceState[], myId: string): RemotePointer[] {
  return others.flatMap((other) =>
    other.pointer === undefined || other.user.id === myId
      ? []
      : [{ id: other.user.id, name: other.user.name, color: other.user.color, at: other.pointer }],
  );
}
