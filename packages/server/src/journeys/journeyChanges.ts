import type { Listening } from '../db/listenChannel.js';
import type { WaymarkDatabase } from '../db/openDatabase.js';
import type { JourneyHeadCache } from './journeyHeadCache.js';

/** The channel migration 0011's trigger notifies on every change of a journey row. */
export const journeyChannel = 'waymark_journey';

/**
 * Keeps a head cache in step with the database's journey changes (PostgreSQL): each notification
 * forgets its journey, and the cache is trusted only while the listening connection is up. On
 * SQLite there is nothing to listen to and the cache stays unused (every GET reads the head).
 */
export function followJourneyChanges(
  database: Pick<WaymarkDatabase, 'listen'>,
  heads: JourneyHeadCache,
): Listening | undefined {
  return database.listen?.(journeyChannel, {
    notified: (payload) => {
      const changed = journeyOf(payload);
      if (changed === undefined) heads.forgetAll();
      else heads.forget(changed.workspaceId, changed.slug);
    },
    listening: (listening) => {
      heads.listening = listening;
    },
  });
}

/** `["<workspaceId>","<slug>"]`, or undefined for anything else (then everything is forgotten). */
function journeyOf(payload: string): { workspaceId: string; slug: string } | undefined {
  try {
    const value: unknown = JSON.parse(payload);
    if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string'))
      return { workspaceId: value[0] as string, slug: value[1] as string };
  } catch {
    // fall through
  }
  return undefined;
}
