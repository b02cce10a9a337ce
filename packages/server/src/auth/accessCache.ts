import type { Role, WorkspaceRow } from '../db/schema.js';

/** A person's membership of a workspace: the workspace's row and their role in it. */
export interface Membership {
  readonly workspace: WorkspaceRow;
  readonly role: Role;
}

/** What an API token stands for, as its lookup found it. */
export interface TokenGrant {
  readonly tokenId: string;
  readonly expiresAt: string | null;
  /** When its use was last written down (written at most once a minute, see apiTokens.ts). */
  lastUsedAt: string | null;
  readonly user: { readonly id: string; readonly name: string; readonly email: string };
}

interface Entry<Value> {
  readonly value: Value;
  readonly storedAt: number;
}

/**
 * Who API tokens belong to and which role people have in which workspace, as recently looked up,
 * so a request does not pay database round trips for them (two of the three a GET made on
 * PostgreSQL). Correct in this process at once: every route that changes tokens, accounts,
 * workspaces or memberships is marked `changesAccess` (app.ts), and its answer is sent only after
 * `invalidate()` has emptied this cache. A lookup that began before an invalidation is not kept
 * (`generation`), so a read that raced a change cannot put the old answer back. Other processes
 * sharing the database (several servers behind Redis) see a change within `ttlMs`. Only what was
 * found is kept: an unknown token or a non-member is looked up every time.
 */
export class AccessCache {
  readonly #tokens = new Map<string, Entry<TokenGrant>>();
  readonly #memberships = new Map<string, Entry<Membership>>();
  #generation = 0;

  /**
   * @param ttlMs how long an answer is trusted (bounds how late another process's change is seen)
   * @param maxEntries the most answers of each kind kept; past it the oldest go first
   * @param clock milliseconds now (tests move it)
   */
  constructor(
    readonly ttlMs = 5_000,
    readonly maxEntries = 10_000,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Taken before a lookup and given back to `keep…`: an invalidation in between discards the answer. */
  get generation(): number {
    return this.#generation;
  }

  token(tokenHash: string): TokenGrant | undefined {
    return this.#fresh(this.#tokens, tokenHash);
  }

  keepToken(tokenHash: string, generation: number, grant: TokenGrant): void {
    this.#keep(this.#tokens, tokenHash, generation, grant);
  }

  membership(userId: string, workspaceSlug: string): Membership | undefined {
    return this.#fresh(this.#memberships, membershipKey(userId, workspaceSlug));
  }

  keepMembership(userId: string, workspaceSlug: string, generation: number, membership: Membership): void {
    this.#keep(this.#memberships, membershipKey(userId, workspaceSlug), generation, membership);
  }

  /** Forgets everything: call it after a change of tokens, accounts, workspaces or roles commits. */
  invalidate(): void {
    this.#generation++;
    this.#tokens.clear();
    this.#memberships.clear();
  }

  #fresh<Value>(entries: Map<string, Entry<Value>>, key: string): Value | undefined {
    const entry = entries.get(key);
    if (entry === undefined) return undefined;
    if (this.clock() - entry.storedAt < this.ttlMs) return entry.value;
    entries.delete(key);
    return undefined;
  }

  #keep<Value>(entries: Map<string, Entry<Value>>, key: string, generation: number, value: Value): void {
    if (generation !== this.#generation) return;
    entries.delete(key);
    entries.set(key, { value, storedAt: this.clock() });
    for (const [oldest] of entries) {
      if (entries.size <= this.maxEntries) break;
      entries.delete(oldest);
    }
  }
}

function membershipKey(userId: string, workspaceSlug: string): string {
  return `${userId}\u0000${workspaceSlug}`;
}
