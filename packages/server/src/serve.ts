import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { failInterruptedDatasets } from './analytics/failInterruptedDatasets.js';
import { buildApp } from './app.js';
import type { AuthRateLimit } from './auth/createAuth.js';
import { readSecret } from './auth/readSecret.js';
import { recoverLiveEdits } from './collab/recoverLiveEdits.js';
import type { ServerConfig } from './config.js';
import { openDatabase, type WaymarkDatabase } from './db/openDatabase.js';
import type { ServerContext } from './http/context.js';
import { seedSampleWorkspace } from './sample/seedSampleWorkspace.js';
import { startProblem } from './startProblem.js';

/** A running server. */
export interface RunningServer {
  readonly app: FastifyInstance;
  readonly context: ServerContext;
  readonly database: WaymarkDatabase;
  /** Where it listens, e.g. http://127.0.0.1:4000. */
  readonly address: string;
  /** The first-run setup link while no account exists. */
  readonly setupUrl: string | undefined;
  /** Stops taking requests, finishes those in flight, closes the database. */
  close(): Promise<void>;
}

export interface StartOptions {
  readonly authRateLimit?: AuthRateLimit;
  /** Called with each line worth telling the person who started the server. */
  readonly announce?: (line: string) => void;
}

/**
 * Opens the database, migrates it, seeds a fresh one, and listens. What in the environment stops
 * it (a port in use, a database that does not answer, a data directory it may not write) is
 * thrown as a ConfigError naming the setting to change.
 */
export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  try {
    return await start(config, options);
  } catch (error) {
    throw startProblem(error, config) ?? error;
  }
}

async function start(config: ServerConfig, options: StartOptions): Promise<RunningServer> {
  const announce = options.announce ?? (() => {});
  const database = openDatabase(config);
  try {
    const secret = readSecret(config.dataDir, config.secret);
    const { app, context } = await buildApp({
      config,
      database,
      secret,
      ...(options.authRateLimit === undefined ? {} : { authRateLimit: options.authRateLimit }),
    });
    const recovered = await recoverLiveEdits(context, announce);
    if (recovered > 0)
      announce(`Stored the logged live edits of ${recovered} journey(s) left by the last run.`);
    const interrupted = await failInterruptedDatasets(context);
    if (interrupted > 0)
      announce(
        `Marked ${interrupted} dataset(s) the last run was still loading as failed; upload them again.`,
      );
    if (config.sample && (await seedSampleWorkspace(context)))
      announce('Created the sample workspace from the templates.');
    const users = await context.db.selectFrom('user').select('id').limit(1).execute();
    if (users.length === 0) context.firstRun.token = randomBytes(24).toString('base64url');
    const address = await app.listen({ port: config.port, host: config.host });
    const setupUrl =
      context.firstRun.token === undefined
        ? undefined
        : `${config.publicUrl}/setup?token=${context.firstRun.token}`;
    announce(`Waymark is listening on ${address} (${database.kind}: ${database.location}).`);
    if (setupUrl !== undefined) announce(`First run: create the first account at ${setupUrl}`);
    let closing: Promise<void> | undefined;
    return {
      app,
      context,
      database,
      address,
      setupUrl,
      close: () => {
        closing ??= (async () => {
          await app.close();
          await database.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
