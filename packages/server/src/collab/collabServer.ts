import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Server } from '@hocuspocus/server';
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../http/context.js';
import { authentication } from './authentication.js';
import { batchBroadcast } from './batchBroadcast.js';
import { coalesceWrites } from './coalesceWrites.js';
import { durableUpdates } from './durableUpdates.js';
import { limits, maxMessageBytes } from './limits.js';
import { persistence } from './persistence.js';
import { redisScaleOut } from './redisScaleOut.js';

/** Where live documents are served, on the API's own port. */
export const collabPath = '/collab';

/** How long Hocuspocus waits after an edit before storing (and at most, while edits keep coming). */
const storeDebounceMs = 2_000;
const storeMaxDebounceMs = 10_000;

/**
 * Live collaboration inside the Fastify server: a Hocuspocus instance, one extension per concern,
 * taking WebSocket upgrades for `/collab` from Fastify's HTTP server (Hocuspocus's own HTTP
 * server never listens; the upgrade is handed to it). Other upgrade requests are refused. On close
 * the connections are closed, which stores every document that has unsaved edits.
 */
export function attachCollab(app: FastifyInstance, context: ServerContext): void {
  const { collab, redisUrl } = context.config;
  const server = new Server(
    {
      quiet: true,
      debounce: storeDebounceMs,
      maxDebounce: storeMaxDebounceMs,
      extensions: [
        limits(collab),
        authentication(context),
        durableUpdates(context),
        persistence(context),
        batchBroadcast(),
        ...(redisUrl === undefined ? [] : [redisScaleOut(redisUrl)]),
      ],
    },
    { maxPayload: maxMessageBytes(collab) },
  );
  context.live.attach(server.hocuspocus);
  server.webSocketServer.on('connection', coalesceWrites);
  app.server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== collabPath) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    server.httpServer.emit('upgrade', request, socket, head);
  });
  app.addHook('preClose', async () => {
    const { hocuspocus } = server;
    const stores = [...hocuspocus.documents.keys()]
      .map((name) => `onStoreDocument-${name}`)
      .filter((id) => hocuspocus.debouncer.isDebounced(id))
      .map(async (id): Promise<unknown> => hocuspocus.debouncer.executeNow(id));
    await Promise.allSettled(stores);
    hocuspocus.closeConnections();
    // Hocuspocus's close is a protocol message; the sockets themselves would keep the HTTP server
    // (and so the shutdown) waiting until the clients go.
    const sockets: SocketServer = server.webSocketServer;
    for (const socket of sockets.clients) socket.terminate();
    sockets.close();
    await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
  });
}

/** The part of ws's WebSocketServer used here (ws is Hocuspocus's dependency, not a dependency of this package). */
interface SocketServer {
  readonly clients: ReadonlySet<{ terminate(): void }>;
  close(): void;
}
