// The public surface of @waymark/server.

export type { BuildAppOptions, WaymarkApp } from './app.js';
export { buildApp } from './app.js';
export type { AuthRateLimit } from './auth/createAuth.js';
export type { ConfigOverrides, ServerConfig } from './config.js';
export { ConfigError, readConfig } from './config.js';
export type { DatabaseKind, WaymarkDatabase } from './db/openDatabase.js';
export { openDatabase } from './db/openDatabase.js';
export type { RunningServer, StartOptions } from './serve.js';
export { startServer } from './serve.js';
