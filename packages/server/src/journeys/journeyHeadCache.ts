import type { JourneyHead } from './journeyStore.js';

/**
 * The current head (row without its document) of recently read journeys, so a warm GET on
 * PostgreSQL makes no round trip at all. Only trusted while the process is listening for the
 * database's journey changes (journeys/journeyChanges.ts: a trigger NOTIFYs every insert, update and
 * delete of a journey row inside the writing transaction, so it arrives at commit): each
 * notification forgets that journey; losing the listening connection forgets everything, and
 * nothing is kept until listening again (every read then asks the database, as without a cache).
 * Writes in this process also forget their journey right after committing, before answering, so
 * a client always reads its own writes here; another process sees them once the notification
 * arrived (normally within a millisecond or two of the commit).
 *
 * A read that began before any forgetting is not kept (the epoch moved on): it may hold what a
 * write that committed meanwhile replaced. Writes never rely on this cache; If-Match is checked in
 * the UPDATE itself. Never used on SQLite: several servers may share one SQLite file (behind
 * Redis), and nothing tells one of them that another wrote.
 */
export class JourneyHeadCache {
  readonly #heads = new Map<string, JourneyHead>();
  #epoch = 0;
  #listening = false;

  /** @param maxEntries the most heads kept; the oldest go first. */
  constructor(readonly maxEntries = 10_000) {}

  /** The head of a live journey by workspace and slug, when it is known to be current. */
  get(workspaceId: string, slug: string): JourneyHead | undefined {
    return this.#listening ? this.#heads.get(keyOf(workspaceId, slug)) : undefined;
  }

  /** Marks the start of a read from the database; pass the result to `keep`. */
  begin(): number {
    return this.#epoch;
  }

  /** Keeps a head read from the database, unless anything was forgotten since `begin`. */
  keep(epoch: number, head: JourneyHead): void {
    if (!this.#listening || epoch !== this.#epoch || head.deletedAt !== null) return;
    const key = keyOf(head.workspaceId, head.slug);
    this.#heads.delete(key);
    this.#heads.set(key, head);
    if (this.#heads.size > this.maxEntries) {
      const [oldest] = this.#heads.keys();
      if (oldest !== undefined) this.#heads.delete(oldest);
    }
  }

  /** A journey changed (or may have): its head is read from the database next time. */
  forget(workspaceId: string, slug: string): void {
    this.#epoch++;
    this.#heads.delete(keyOf(workspaceId, slug));
  }

  /** Anything may have changed (a whole workspace went, or changes could have been missed). */
  forgetAll(): void {
    this.#epoch++;
    this.#heads.clear();
  }

  /**
   * Whether changes are being heard. Both directions forget everything: going deaf, the cache
   * cannot be trusted; starting to listen, changes made while deaf were not heard.
   */
  set listening(listening: boolean) {
    this.forgetAll();
    this.#listening = listening;
  }

  get listening(): boolean {
    return this.#listening;
  }

  /** Heads held now. */
  get size(): number {
    return this.#heads.size;
  }
}

function keyOf(workspaceId: string, slug: string): string {
  return `${workspaceId}\u0000${slug}`;
}
