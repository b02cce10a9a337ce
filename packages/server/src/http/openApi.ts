import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { ServerConfig } from '../config.js';

/**
 * The OpenAPI 3.1 document, generated from the routes' zod schemas (the same schemas core
 * validates with), at /api/openapi.json, and a docs page at /api/docs.
 */
export async function registerOpenApi(app: FastifyInstance, config: ServerConfig): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Waymark API',
        version: '1',
        description:
          'Customer journey maps: workspaces, personas, journeys, fine-grained edits, versions, comments, sharing and audit. ' +
          'Authenticate with the session cookie (the web app) or an API token: `Authorization: Bearer wmk_…`. ' +
          'Writes to a journey send the revision they are based on as `If-Match`; a stale one gets 409 with the current revision.',
      },
      servers: [{ url: config.publicUrl }],
      components: {
        securitySchemes: {
          token: { type: 'http', scheme: 'bearer', description: 'a personal API token (wmk_…)' },
          session: { type: 'apiKey', in: 'cookie', name: 'waymark.session_token' },
        },
      },
      security: [{ token: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  // The docs page's own policy: its scripts and styles are served from here; inline styles are
  // Swagger UI's. No upgrade-insecure-requests, which would break a plain-http install on a LAN.
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: {
      'default-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'object-src': ["'none'"],
      'frame-ancestors': ["'self'"],
    },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
