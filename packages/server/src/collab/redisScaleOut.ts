import { Redis } from '@hocuspocus/extension-redis';
import type { Extension } from '@hocuspocus/server';

/**
 * Scale-out: with `REDIS_URL` set, several `waymark serve` processes serve the same live documents.
 * Hocuspocus's Redis extension passes every update and awareness change between them (pub/sub on a
 * channel per document) and takes a Redis lock around each store, so one process at a time writes a
 * document. Every process logs the updates of its own clients (durableUpdates.ts), and a store
 * compacts whatever it holds, whoever logged it.
 */
export function redisScaleOut(redisUrl: string): Extension {
  const url = new URL(redisUrl);
  const db = Number(url.pathname.replace(/^\//, '') || '0');
  return new Redis({
    host: url.hostname,
    port: Number(url.port || '6379'),
    prefix: 'waymark',
    options: {
      ...(url.username === '' ? {} : { username: decodeURIComponent(url.username) }),
      ...(url.password === '' ? {} : { password: decodeURIComponent(url.password) }),
      ...(Number.isInteger(db) ? { db } : {}),
      ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    },
  });
}
