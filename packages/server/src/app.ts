import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { AccessCache } from './auth/accessCache.js';
import { authenticate } from './auth/authenticate.js';
import { type AuthRateLimit, createAuth, migrateAuth } from './auth/createAuth.js';
import { checkSameOrigin } from './auth/csrf.js';
import { sendWebResponse, toWebRequest } from './auth/webRequest.js';
import { backupSigningKey } from './backup/archiveSignature.js';
import { attachCollab } from './collab/collabServer.js';
import { LiveJourneys } from './collab/liveJourneys.js';
import { UpdateLog } from './collab/updateLog.js';
import type { ServerConfig } from './config.js';
import { migrateToLatest } from './db/migrations.js';
import type { WaymarkDatabase } from './db/openDatabase.js';
import { ApiError } from './http/ApiError.js';
import { type FirstRun, requireUser, type ServerContext } from './http/context.js';
import { installErrorHandler } from './http/errorHandler.js';
import { registerOpenApi } from './http/openApi.js';
import { DocumentCache, defaultDocumentCacheBytes } from './journeys/documentCache.js';
import { followJourneyChanges } from './journeys/journeyChanges.js';
import { JourneyHeadCache } from './journeys/journeyHeadCache.js';
import { yamlMediaTypes } from './journeys/readJourneyBody.js';
import { authorize } from './policies/authorize.js';
import { apiRoutes } from './routes/api/apiRoutes.js';
import { registerPages } from './routes/pages/pages.js';

export interface BuildAppOptions {
  readonly config: ServerConfig;
  readonly database: WaymarkDatabase;
  /** Signs sessions (see readSecret). */
  readonly secret: string;
  /** Limits on sign-in and sign-up; tests that sign up many accounts raise it. */
  readonly authRateLimit?: AuthRateLimit;
}

export interface WaymarkApp {
  readonly app: FastifyInstance;
  readonly context: ServerContext;
}

/** The Fastify application with every route, on a migrated database; not yet listening. */
export async function buildApp(options: BuildAppOptions): Promise<WaymarkApp> {
  const { config, database } = options;
  const firstRun: FirstRun = { token: undefined };
  const auth = createAuth({
    database,
    secret: options.secret,
    publicUrl: config.publicUrl,
    accountsOpen: () => firstRun.token === undefined,
    logLevel: config.logLevel,
    ...(options.authRateLimit === undefined ? {} : { rateLimit: options.authRateLimit }),
  });
  await migrateAuth(auth);
  // Our own tables reference better-auth's `user`; its migration runs first on a fresh database.
  await migrateToLatest(database.db, database.kind);
  database.migrated();
  const context: ServerContext = {
    db: database.db,
    kind: database.kind,
    auth,
    config,
    firstRun,
    backupKey: backupSigningKey(options.secret),
    documents: new DocumentCache(defaultDocumentCacheBytes),
    sharedMaps: new DocumentCache(defaultDocumentCacheBytes / 4),
    access: new AccessCache(),
    heads: new JourneyHeadCache(),
    live: new LiveJourneys(new UpdateLog(database.db), config.redisUrl !== undefined),
  };

  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: config.bodyLimit,
    trustProxy: false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  const journeyChanges = followJourneyChanges(database, context.heads);
  if (journeyChanges !== undefined) app.addHook('onClose', () => journeyChanges.stop());
  // A route that changes who may do what (tokens, accounts, workspaces, roles) empties the access
  // cache after its work committed and before its answer leaves, so the next request is judged anew.
  app.addHook('onSend', async (request) => {
    if (request.routeOptions.config.changesAccess === true && !['GET', 'HEAD'].includes(request.method))
      context.access.invalidate();
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        // Only behind TLS: on a plain-http install it would send every request to an https port that is not there.
        upgradeInsecureRequests: config.publicUrl.startsWith('https://') ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, { global: false });
  for (const type of yamlMediaTypes)
    app.addContentTypeParser(type, { parseAs: 'string' }, (_request, body, done) => done(null, body));
  app.addContentTypeParser(
    ['text/plain', 'text/csv', 'text/markdown'],
    { parseAs: 'string' },
    (_r, body, done) => done(null, body),
  );
  app.addContentTypeParser(
    [
      'application/octet-stream',
      'application/gzip',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    { parseAs: 'buffer' },
    (_request, body, done) => done(null, body),
  );

  await registerOpenApi(app, config);

  // better-auth: sign-up, sign-in, sign-out, sessions.
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    schema: { hide: true },
    config: { changesAccess: true },
    handler: async (request, reply) => {
      // The friendly early answer; the rule itself is enforced where accounts are created (createAuth).
      if (
        firstRun.token !== undefined &&
        new URL(request.url, config.publicUrl).pathname.startsWith('/api/auth/sign-up')
      )
        throw ApiError.forbidden(
          'Waymark is not set up yet: create the first account with the setup link the server printed',
        );
      return sendWebResponse(reply, await auth.handler(toWebRequest(request, config.publicUrl)));
    },
  });

  await app.register(
    async (api) => {
      api.decorateRequest('principal', null);
      api.decorateRequest('workspaceAccess', null);
      api.decorateRequest('tokenMembership', undefined);
      api.addHook('onRequest', async (request) => {
        const found = await authenticate(
          request,
          context.db,
          auth,
          workspaceParam(request.params),
          context.access,
        );
        request.principal = found?.principal ?? null;
        request.tokenMembership = found?.membership;
        if (request.principal?.via === 'session') checkSameOrigin(request, config.publicUrl);
      });
      // Membership first: a workspace you are not in answers 404 before your body is looked at.
      api.addHook('preValidation', async (request) => {
        const slug = workspaceParam(request.params);
        if (slug === undefined) return;
        request.workspaceAccess = await authorize(
          context.db,
          requireUser(request),
          slug,
          'read',
          request.tokenMembership,
          context.access,
        );
      });
      await apiRoutes(api, context);
    },
    { prefix: '/api/v1' },
  );
  await registerPages(app, context);
  attachCollab(app, context);
  return { app, context };
}

function workspaceParam(params: unknown): string | undefined {
  if (typeof params !== 'object' || params === null || !('workspace' in params)) return undefined;
  return typeof params.workspace === 'string' ? params.workspace : undefined;
}
