// The batched broadcast on a real Hocuspocus Document with stand-in connections: what each
// connection is sent, and when (fake timers: the window is the code's, not the machine's).
import { Document, IncomingMessage, MessageType } from '@hocuspocus/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { batchBroadcast, broadcastWindowMs } from './batchBroadcast.js';

/** A connection as far as the broadcast needs one: a socket to key it by, and what it was sent. */
function standIn(document: Document): Uint8Array[] {
  const sent: Uint8Array[] = [];
  document.addConnection({ webSocket: {}, send: (message: Uint8Array) => sent.push(message) } as never);
  return sent;
}

type Sent = { kind: 'update'; doc: Y.Doc } | { kind: 'awareness'; states: Map<number, unknown> };

/** A message as a client reads it: a document update (applied to a fresh doc), or awareness states. */
function read(message: Uint8Array): Sent {
  const incoming = new IncomingMessage(message);
  expect(incoming.readVarString()).toBe('team/map');
  const type = incoming.readVarUint();
  if (type === MessageType.Sync) {
    expect(incoming.readVarUint()).toBe(2); // y-protocols' sync "update"
    const doc = new Y.Doc();
    Y.applyUpdate(doc, incoming.readVarUint8Array());
    return { kind: 'update', doc };
  }
  expect(type).toBe(MessageType.Awareness);
  const update = new IncomingMessage(incoming.readVarUint8Array());
  const states = new Map<number, unknown>();
  for (let count = update.readVarUint(); count > 0; count--) {
    const client = update.readVarUint();
    update.readVarUint(); // clock
    states.set(client, JSON.parse(update.readVarString()));
  }
  return { kind: 'awareness', states };
}

const title = (sent: Sent) => (sent.kind === 'update' ? sent.doc.getMap('journey').get('title') : undefined);

describe('the batched broadcast', () => {
  let document: Document;
  let changes: number;
  beforeEach(async () => {
    vi.useFakeTimers();
    document = new Document('team/map');
    changes = 0;
    document.onUpdate(() => {
      changes++;
    });
    await batchBroadcast().afterLoadDocument?.({ document } as never);
  });
  afterEach(() => {
    document.destroy();
    vi.useRealTimers();
  });

  it('sends a lone edit at once, and what follows within the window merged into one message per connection', () => {
    const [ann, bob] = [standIn(document), standIn(document)];
    const window = broadcastWindowMs(2);
    document.getMap('journey').set('title', 'first');
    expect(ann.map(read).map(title)).toEqual(['first']);

    document.getMap('journey').set('title', 'second');
    document.getMap('elements').set('s1', 'a stage');
    document.getMap('journey').set('title', 'third');
    expect(ann).toHaveLength(1);
    // Hocuspocus's onUpdate (the debounced store) still runs for every update as it comes.
    expect(changes).toBe(4);

    vi.advanceTimersByTime(window);
    expect(ann).toHaveLength(2);
    // A client applying the two messages has all four updates.
    const client = new Y.Doc();
    for (const message of ann) {
      const sent = read(message);
      if (sent.kind === 'update') Y.applyUpdate(client, Y.encodeStateAsUpdate(sent.doc));
    }
    expect(client.getMap('journey').get('title')).toBe('third');
    expect(client.getMap('elements').get('s1')).toBe('a stage');
    // The same bytes for everyone: encoded once.
    expect(bob).toEqual(ann);
  });

  it('gathers the awareness changes of a window into one message with every changed client’s latest state', () => {
    const sent = standIn(document);
    document.awareness.setLocalState({ pointer: { x: 1, y: 1 } });
    document.awareness.setLocalState({ pointer: { x: 2, y: 2 } });
    document.awareness.setLocalState({ pointer: { x: 3, y: 3 } });
    vi.advanceTimersByTime(broadcastWindowMs(1));
    expect(sent.map(read)).toEqual([
      { kind: 'awareness', states: new Map([[document.clientID, { pointer: { x: 1, y: 1 } }]]) },
      { kind: 'awareness', states: new Map([[document.clientID, { pointer: { x: 3, y: 3 } }]]) },
    ]);
  });

  it('waits longer the more connections it writes to, within 5 to 40 ms', () => {
    expect(broadcastWindowMs(1)).toBe(5);
    expect(broadcastWindowMs(200)).toBe(10);
    expect(broadcastWindowMs(500)).toBe(25);
    expect(broadcastWindowMs(5000)).toBe(40);
  });
});
