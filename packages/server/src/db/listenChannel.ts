import pg from 'pg';

/** What a listener hears on a PostgreSQL notification channel. */
export interface ChannelListener {
  /** A notification's payload. */
  notified(payload: string): void;
  /**
   * True once LISTEN took effect (again); false as soon as the connection failed or ended, when
   * notifications may be missed until it is true again.
   */
  listening(listening: boolean): void;
}

/** A listening connection; `stop` closes it for good. */
export interface Listening {
  stop(): Promise<void>;
}

/** Waits after a failure before connecting again: 100 ms, doubling, at most 5 s. */
const firstRetryMs = 100;
const lastRetryMs = 5000;

/**
 * One dedicated connection (not from the pool: a pooled connection is handed to others) that
 * LISTENs on `channel`. When it fails or the server ends it (a restart, pg_terminate_backend),
 * the listener is told at once and a new connection is made after a growing pause.
 */
export function listenChannel(url: string, channel: string, listener: ChannelListener): Listening {
  let stopped = false;
  let client: pg.Client | undefined;
  let retryMs = firstRetryMs;
  let retry: NodeJS.Timeout | undefined;

  const lost = (failed: pg.Client) => {
    if (client !== failed) return;
    client = undefined;
    listener.listening(false);
    failed.end().catch(() => {});
    if (stopped) return;
    retry = setTimeout(connect, retryMs);
    retry.unref();
    retryMs = Math.min(retryMs * 2, lastRetryMs);
  };

  const connect = () => {
    retry = undefined;
    if (stopped) return;
    const next = new pg.Client({ connectionString: url });
    client = next;
    next.on('error', () => lost(next));
    next.on('end', () => lost(next));
    next.on('notification', (message) => {
      if (client === next && message.channel === channel) listener.notified(message.payload ?? '');
    });
    next
      .connect()
      .then(() => next.query(`LISTEN ${pg.escapeIdentifier(channel)}`))
      .then(() => {
        if (client !== next) return;
        retryMs = firstRetryMs;
        listener.listening(true);
      })
      .catch(() => lost(next));
  };

  connect();
  return {
    async stop() {
      stopped = true;
      if (retry !== undefined) clearTimeout(retry);
      const last = client;
      client = undefined;
      if (last !== undefined) {
        listener.listening(false);
        await last.end().catch(() => {});
      }
    },
  };
}
