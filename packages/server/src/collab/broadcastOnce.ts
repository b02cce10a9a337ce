import { type Connection, type Document, type Extension, OutgoingMessage } from '@hocuspocus/server';

/** The name Hocuspocus's own broadcast listener has (Document binds `handleUpdate` in its constructor). */
const hocuspocusBroadcast = 'bound handleUpdate';

/**
 * Hocuspocus (3.4) broadcasts an update by encoding the message again for every connection: with
 * N editors that is N copies per edit, N² a second, and in the benchmark the garbage collector
 * spent a fifth of the server's time on them. This replaces that one listener on each loaded
 * document with the same broadcast — Hocuspocus's onUpdate callback (onChange, the debounced
 * store), then the update to every connection, the sender included — encoded once. When the
 * listener is not found (another Hocuspocus version), the document is left as it is.
 */
export function broadcastOnce(): Extension {
  return {
    extensionName: 'waymark-broadcast-once',
    async afterLoadDocument({ document }: { document: Document }): Promise<void> {
      const listeners: ReadonlySet<unknown> | undefined = document._observers.get('update');
      const original = [...(listeners ?? [])].find(
        (listener): listener is (update: Uint8Array, origin: unknown) => void =>
          typeof listener === 'function' && listener.name === hocuspocusBroadcast,
      );
      if (original === undefined) return;
      document.off('update', original);
      document.on('update', (update: Uint8Array, origin: unknown) => {
        document.callbacks.onUpdate(document, origin as Connection, update);
        const message = new OutgoingMessage(document.name)
          .createSyncMessage()
          .writeUpdate(update)
          .toUint8Array();
        for (const connection of document.getConnections()) connection.send(message);
      });
    },
  };
}
