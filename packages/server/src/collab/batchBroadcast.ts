import { type Connection, type Document, type Extension, OutgoingMessage } from '@hocuspocus/server';
import * as Y from 'yjs';

/** The names Hocuspocus's own broadcast listeners have (Document binds them in its constructor). */
const hocuspocusUpdateBroadcast = 'bound handleUpdate';
const hocuspocusAwarenessBroadcast = 'bound handleAwarenessUpdate';

/**
 * How long changes gather before they go out together: long enough that a document's broadcasts
 * make at most `socketWritesPerSecond` socket writes a second (one per connection per window; each
 * is a system call, and at 500 editors they were most of the server's time), at least 5 ms, and at
 * most 40 ms, which bounds what one edit waits. 50 editors: 5 ms; 200: 10 ms; 500: 25 ms.
 */
export const socketWritesPerSecond = 20_000;
const minWindowMs = 5;
const maxWindowMs = 40;

export function broadcastWindowMs(connections: number): number {
  return Math.min(maxWindowMs, Math.max(minWindowMs, (connections * 1000) / socketWritesPerSecond));
}

// biome-ignore lint/suspicious/noExplicitAny: Yjs's and y-protocols' listener types differ; either is only passed back to `off`
type Listener = (...args: any[]) => void;

/**
 * Hocuspocus (3.4) sends every document update and every awareness change to every connection at
 * once, encoding the message again for each: with N editors each editing, that is N² messages a
 * second (500 editors, an edit every 2 s each: 125,000), and the server spent its time framing,
 * writing and collecting them. This replaces those two listeners on each loaded document with a
 * batched broadcast: the first change after a quiet window goes out at once (no delay for a lone
 * editor); changes arriving within a window (broadcastWindowMs) of the last send wait, and go out
 * together at the end of it — the document updates merged into one (Y.mergeUpdates), the awareness
 * of every client that changed in one awareness message — encoded once, one message per connection.
 *
 * The sync protocol is unchanged: each update is still applied (and, before that, durably logged,
 * durableUpdates.ts) and its sender acknowledged by Hocuspocus as it arrives, and Hocuspocus's
 * onUpdate callback (onChange, the debounced store) still runs per update. Only the echo to the
 * connections is delayed, by at most one window. A connection that joins meanwhile gets the whole
 * document in its sync step 2 and the batch again, which Yjs applies as a no-op. When a listener
 * is not found (another Hocuspocus version), the document is left as it is.
 */
export function batchBroadcast(): Extension {
  return {
    extensionName: 'waymark-batch-broadcast',
    async afterLoadDocument({ document }: { document: Document }): Promise<void> {
      const updates = listenerNamed(document._observers.get('update'), hocuspocusUpdateBroadcast);
      const awareness = listenerNamed(
        document.awareness._observers.get('update'),
        hocuspocusAwarenessBroadcast,
      );
      if (updates === undefined || awareness === undefined) return;
      document.off('update', updates);
      document.awareness.off('update', awareness);
      const batch = new Batch(document);
      document.on('update', (update: Uint8Array, origin: unknown) => {
        document.callbacks.onUpdate(document, origin as Connection, update);
        batch.addUpdate(update);
      });
      document.awareness.on('update', (change: AwarenessChange, origin: unknown) =>
        batch.addAwareness(change, origin),
      );
    },
  };
}

interface AwarenessChange {
  readonly added: number[];
  readonly updated: number[];
  readonly removed: number[];
}

/** What a document has to broadcast, and when it may next. */
class Batch {
  private updates: Uint8Array[] = [];
  private readonly awarenessOf = new Set<number>();
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly document: Document) {}

  addUpdate(update: Uint8Array): void {
    this.updates.push(update);
    this.schedule();
  }

  addAwareness({ added, updated, removed }: AwarenessChange, origin: unknown): void {
    // As Hocuspocus does: the connection remembers its clients, to remove their awareness when it closes.
    const held = this.document.connections.get(origin as never)?.clients;
    for (const client of added) held?.add(client);
    for (const client of removed) held?.delete(client);
    for (const client of [...added, ...updated, ...removed]) this.awarenessOf.add(client);
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== undefined) return;
    const window = broadcastWindowMs(this.document.getConnectionsCount());
    const wait = this.lastSentAt + window - performance.now();
    if (wait <= 0) this.send();
    else this.timer = setTimeout(() => this.send(), wait);
  }

  private send(): void {
    this.timer = undefined;
    this.lastSentAt = performance.now();
    const messages: Uint8Array[] = [];
    if (this.updates.length > 0) {
      const update = this.updates.length === 1 ? this.updates[0] : Y.mergeUpdates(this.updates);
      this.updates = [];
      if (update !== undefined)
        messages.push(
          new OutgoingMessage(this.document.name).createSyncMessage().writeUpdate(update).toUint8Array(),
        );
    }
    if (this.awarenessOf.size > 0) {
      const clients = [...this.awarenessOf];
      this.awarenessOf.clear();
      messages.push(
        new OutgoingMessage(this.document.name)
          .createAwarenessUpdateMessage(this.document.awareness, clients)
          .toUint8Array(),
      );
    }
    for (const connection of this.document.getConnections())
      for (const message of messages) connection.send(message);
  }
}

function listenerNamed(listeners: ReadonlySet<unknown> | undefined, name: string): Listener | undefined {
  return [...(listeners ?? [])].find(
    (listener): listener is Listener => typeof listener === 'function' && listener.name === name,
  );
}
