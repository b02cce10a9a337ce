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
