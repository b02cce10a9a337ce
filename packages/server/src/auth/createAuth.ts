import { betterAuth } from 'better-auth';
import { getMigrations } from 'better-auth/db/migration';
import type { WaymarkDatabase } from '../db/openDatabase.js';

/** Limits on the sign-up and sign-in routes, per client address. */
export interface AuthRateLimit {
  /** Seconds. */
  readonly window: number;
  /** Requests per window on sign-in and sign-up. */
  readonly max: number;
}

export const defaultAuthRateLimit: AuthRateLimit = { window: 60, max: 10 };

export interface AuthOptions {
  readonly database: WaymarkDatabase;
  readonly secret: string;
  readonly publicUrl: string;
  readonly rateLimit?: AuthRateLimit;
  /** The server's log level (config.logLevel); better-auth says only errors unless it is info or debug. */
  readonly logLevel?: string;
  /** False while first-run setup is pending: then only the setup route may create an account. */
  readonly accountsOpen?: () => boolean;
}

/**
 * The request header carrying the client's address into better-auth (its handler sees a Web
 * Request, which has no socket). The server sets it from the connection and overwrites
 * whatever a client sent, so a client cannot choose its own rate-limit bucket.
 */
export const clientAddressHeader = 'x-waymark-client-address';

export const minPasswordLength = 10;

/**
 * Accounts and sessions (better-auth): email and password, httpOnly SameSite=Lax cookies that
 * are Secure when Waymark is served over https, rate-limited sign-in and sign-up.
 */
export function createAuth(options: AuthOptions) {
  const limit = options.rateLimit ?? defaultAuthRateLimit;
  return betterAuth({
    appName: 'Waymark',
    baseURL: options.publicUrl,
    basePath: '/api/auth',
    secret: options.secret,
    database: { db: options.database.db, type: options.database.kind },
    emailAndPassword: { enabled: true, minPasswordLength, maxPasswordLength: 256, autoSignIn: true },
    user: {
      // Enforced where accounts are created, whatever URL the request came in by.
      validateUserInfo: ({ source }) =>
        source.action === 'create-user' && options.accountsOpen?.() === false
          ? {
              error: 'setup_pending',
              errorDescription:
                'Waymark is not set up yet: create the first account with the setup link the server printed',
            }
          : undefined,
    },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: 'memory',
      window: limit.window,
      max: limit.max * 10,
      customRules: {
        '/sign-in/email': { window: limit.window, max: limit.max },
        '/sign-up/email': { window: limit.window, max: limit.max },
      },
    },
    trustedOrigins: [new URL(options.publicUrl).origin],
    advanced: {
      cookiePrefix: 'waymark',
      useSecureCookies: options.publicUrl.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      ipAddress: { ipAddressHeaders: [clientAddressHeader] },
    },
    telemetry: { enabled: false },
    logger: {
      disabled: options.logLevel === 'silent',
      level: options.logLevel === 'debug' || options.logLevel === 'info' ? 'info' : 'error',
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** Creates or updates better-auth's own tables (user, session, account, verification). */
export async function migrateAuth(auth: Auth): Promise<void> {
  const { runMigrations } = await getMigrations(auth.options);
  await runMigrations();
}
