// Headless live-collaboration clients for the server suite: Hocuspocus providers (the editor's own
// client library) in Node, over real WebSockets.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface Connected {
  readonly provider: HocuspocusProvider;
  readonly doc: Y.Doc;
  /** Why the server refused the connection, when it did. */
  readonly refused?: string;
  /** Disconnects and stops reconnecting. */
  close(): void;
}

/** The /collab socket URL of a server at an http:// URL. */
export function collabUrlOf(url: string): string {
  return `${url.replace(/^http/, 'ws')}/collab`;
}

/**
 * A provider on a live document, authenticated by an API token or by request headers (a browser's
 * cookie and Origin); resolves once synced, or with the refusal's reason.
 */
export function openProvider(
  url: string,
  name: string,
  auth: { token: string } | { headers: Record<string, string> },
): Promise<Connected> {
  const doc = new Y.Doc();
  const headers = 'headers' in auth ? auth.headers : {};
  class WithHeaders extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  // The socket is made separately: the provider's own options do not take a WebSocket class.
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WithHeaders });
  return new Promise((resolve) => {
    const close = () => {
      provider.destroy();
      socket.destroy();
    };
    const provider: HocuspocusProvider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      document: doc,
      token: 'token' in auth ? auth.token : null,
      onSynced: () => resolve({ provider, doc, close }),
      onAuthenticationFailed: ({ reason }) => resolve({ provider, doc, refused: reason, close }),
      // Closed by the server before syncing (e.g. a limit): resolves rather than waits for ever.
      onClose: ({ event }) => resolve({ provider, doc, refused: `closed: ${event.reason}`, close }),
    });
    provider.attach();
  });
}

/**
 * Resolves once the server has acknowledged every change the provider sent (its count of unsynced
 * changes is back to zero), or with false when `abandon` resolves first (the server went away).
 */
export function acknowledged(provider: HocuspocusProvider, abandon: Promise<void>): Promise<boolean> {
  if (!provider.hasUnsyncedChanges) return Promise.resolve(true);
  return new Promise((resolve) => {
    const check = () => {
      if (provider.hasUnsyncedChanges) return;
      provider.off('unsyncedChanges', check);
      resolve(true);
    };
    provider.on('unsyncedChanges', check);
    abandon.then(() => {
      provider.off('unsyncedChanges', check);
      resolve(false);
    });
  });
}

/** lib0's variable-length unsigned integer, as the Hocuspocus protocol writes it. */
function varUint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push(0x80 | (rest & 0x7f));
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return bytes;
}

function varBytes(bytes: Uint8Array): number[] {
  return [...varUint(bytes.length), ...bytes];
}

/** Hocuspocus message types and sync steps (the protocol's numbers). */
const messageType = { sync: 0, auth: 2 } as const;
const syncStep = { one: 0, two: 1, update: 2 } as const;

/** How a raw socket was closed. */
export interface Closed {
  readonly code: number;
  readonly reason: string;
}

/**
 * A bare WebSocket speaking the Hocuspocus protocol by hand, to send what no provider would:
 * authenticated and synced on one document, then `send` takes any bytes after the document name.
 */
export interface RawCollabSocket {
  /** Sends a sync message carrying `update` (not checked: it may be garbage). */
  sendUpdate(update: Uint8Array): void;
  /** Sends a message: the document name, then these bytes as they are. */
  sendRaw(bytes: Uint8Array): void;
  /** Sends an empty sync step 1 (a harmless message). */
  sendSyncStep1(): void;
  /** Resolves when the server closes the socket. */
  readonly closed: Promise<Closed>;
  close(): void;
}

export async function openRawCollabSocket(
  url: string,
  name: string,
  token: string,
): Promise<RawCollabSocket> {
  const socket = new WebSocket(url);
  const nameBytes = [...varBytes(new TextEncoder().encode(name))];
  const send = (body: number[] | Uint8Array) => socket.send(Uint8Array.from([...nameBytes, ...body]));
  const closed = new Promise<Closed>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const synced = new Promise<void>((resolve, reject) => {
    socket.on('message', (data: Buffer) => {
      // After the document name: the message type and sync step. Step 2 means the document is open.
      const nameLength = data[0] ?? 0;
      if (data[nameLength + 1] === messageType.sync && data[nameLength + 2] === syncStep.two) resolve();
    });
    closed.then((how) => reject(new Error(`closed before syncing: ${how.code} ${how.reason}`)));
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  send([messageType.auth, 0, ...varBytes(new TextEncoder().encode(token))]);
  const sendSyncStep1 = () => send([messageType.sync, syncStep.one, ...varBytes(Uint8Array.from([0]))]);
  sendSyncStep1();
  await synced;
  return {
    sendUpdate: (update) => send([messageType.sync, syncStep.update, ...varBytes(update)]),
    sendRaw: (bytes) => send(bytes),
    sendSyncStep1,
    closed,
    close: () => socket.close(),
  };
}
