import type {
  beforeHandleMessagePayload,
  Connection,
  connectedPayload,
  Document,
  Extension,
  onDisconnectPayload,
} from '@hocuspocus/server';
import { type LiveCloseKind, liveCloseReason, liveCloseRules } from '@waymark/collab';
import * as Y from 'yjs';
import type { CollabLimits } from '../config.js';
import { collabContextOf } from './collabContext.js';
import { MalformedMessage, readSyncMessage } from './syncMessage.js';

/** Bytes a message may carry on top of the largest document (document name, message framing). */
export const messageOverheadBytes = 64 * 1024;

/** The largest WebSocket message the server reads at all (ws refuses longer ones, closing the socket). */
export function maxMessageBytes(limits: CollabLimits): number {
  return limits.maxDocumentBytes + messageOverheadBytes;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * What one client may do, checked before anything else sees a message (this extension runs first):
 * a message that is not the Hocuspocus protocol, an update that would make the document larger
 * than the limit, or a connection sending faster than the rate (a token bucket holding two
 * seconds' worth) is refused — not applied, not logged, not passed on — and the client's socket is
 * closed with the reason; the document and the other connections carry on. A person holding more
 * live connections than allowed has the newest one closed. Oversized WebSocket frames never get
 * here: ws itself refuses messages over maxMessageBytes.
 */
export function limits(config: CollabLimits): Extension {
  const buckets = new WeakMap<Connection, Bucket>();
  /** An upper bound of each document's encoded size: exact when measured, plus every update since. */
  const sizes = new WeakMap<Document, number>();
  /** Each person's live connections, as socket + document. */
  const connections = new Map<string, Set<string>>();
  const burst = config.messagesPerSecond * 2;

  const withinRate = (connection: Connection): boolean => {
    const time = performance.now();
    const bucket = buckets.get(connection) ?? { tokens: burst, at: time };
    bucket.tokens = Math.min(burst, bucket.tokens + ((time - bucket.at) / 1000) * config.messagesPerSecond);
    bucket.at = time;
    buckets.set(connection, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  };

  const fits = (document: Document, update: Uint8Array): boolean => {
    let size = sizes.get(document);
    if (size === undefined || size + update.length > config.maxDocumentBytes) {
      size = Y.encodeStateAsUpdate(document).length;
      sizes.set(document, size);
    }
    if (size + update.length > config.maxDocumentBytes) return false;
    sizes.set(document, size + update.length);
    return true;
  };

  return {
    extensionName: 'waymark-limits',
    priority: 200,
    async beforeHandleMessage(data: beforeHandleMessagePayload): Promise<void> {
      const { connection, document } = data;
      if (!withinRate(connection))
        refuse(
          connection,
          'flood',
          `more than ${config.messagesPerSecond} messages a second on ${data.documentName}; slow down`,
        );
      let message: ReturnType<typeof readSyncMessage>;
      try {
        message = readSyncMessage(data.update);
      } catch (error) {
        if (error instanceof MalformedMessage) refuse(connection, 'malformed', error.detail);
        throw error;
      }
      if (message.kind === 'update' && !fits(document, message.update))
        refuse(
          connection,
          'tooBig',
          `this update would make ${data.documentName} larger than ${config.maxDocumentBytes} bytes; not applied`,
        );
    },

    async connected(data: connectedPayload): Promise<void> {
      // A connection that closed before this hook ran has had its onDisconnect already.
      if (!data.connection.document.hasConnection(data.connection)) return;
      const user = collabContextOf(data.context).access.principal.userId;
      const held = connections.get(user) ?? new Set<string>();
      connections.set(user, held);
      const key = `${data.socketId}\u0000${data.documentName}`;
      held.add(key);
      if (held.size > config.connectionsPerUser) {
        held.delete(key);
        data.connection.close({
          code: liveCloseRules.tooManyConnections.code,
          reason: liveCloseReason(
            'tooManyConnections',
            `you already hold ${config.connectionsPerUser}; close some first`,
          ),
        });
      }
    },

    async onDisconnect(data: onDisconnectPayload): Promise<void> {
      const user = collabContextOf(data.context).access.principal.userId;
      const held = connections.get(user);
      held?.delete(`${data.socketId}\u0000${data.documentName}`);
      if (held?.size === 0) connections.delete(user);
    },
  };
}

/**
 * Throws, so Hocuspocus does not apply the message, after closing the client's socket with the
 * code and reason the editor recognises (closeReasons in @waymark/collab).
 */
function refuse(connection: Connection, kind: LiveCloseKind, detail: string): never {
  connection.webSocket.close(liveCloseRules[kind].code, liveCloseReason(kind, detail));
  throw new Error(detail);
}
