/**
 * The encoded JSON of recently read journey documents, so a GET of a large journey neither reads
 * its text from the database nor encodes it again. An entry is the document of one journey row at
 * one revision; every change of a document bumps the revision (journeyStore.updateJourney) and a
 * new row gets a new id, so an entry is never stale and nothing has to invalidate it — a lookup
 * at another revision simply misses. Bounded in bytes, least recently used first out.
 */
export class DocumentCache {
  /** Row id → its latest cached revision; Map order is use order (oldest first). */
  readonly #entries = new Map<string, { readonly revision: number; readonly bytes: Buffer }>();
  #size = 0;

  /**
   * @param maxBytes the most bytes of documents kept; a document larger than a quarter of it is
   *   not kept, so one huge journey cannot flush everything else.
   */
  constructor(readonly maxBytes: number) {}

  /** The encoded document of this row at exactly this revision, if it is cached. */
  get(rowId: string, revision: number): Buffer | undefined {
    const entry = this.#entries.get(rowId);
    if (entry === undefined || entry.revision !== revision) return undefined;
    this.#entries.delete(rowId);
    this.#entries.set(rowId, entry);
    return entry.bytes;
  }

  /** Keeps a row's encoded document at a revision; it replaces any other revision of that row. */
  set(rowId: string, revision: number, bytes: Buffer): void {
    this.#remove(rowId);
    if (bytes.length > this.maxBytes / 4) return;
    this.#entries.set(rowId, { revision, bytes });
    this.#size += bytes.length;
    for (const [oldest] of this.#entries) {
      if (this.#size <= this.maxBytes) break;
      this.#remove(oldest);
    }
  }

  /** Bytes held now. */
  get size(): number {
    return this.#size;
  }

  #remove(rowId: string): void {
    const entry = this.#entries.get(rowId);
    if (entry === undefined) return;
    this.#entries.delete(rowId);
    this.#size -= entry.bytes.length;
  }
}

/** 64 MB: some 250 documents the size of the 1,000-touchpoint map, far more of ordinary ones. */
export const defaultDocumentCacheBytes = 64 * 1024 * 1024;
