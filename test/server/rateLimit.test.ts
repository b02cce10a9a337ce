import { describe, expect, it } from 'vitest';
import { startTestServer } from './harness.js';

// Its own file: better-auth keeps rate-limit counters per process, and other files sign in a lot.
describe('rate limits', () => {
  it('slows down repeated sign-in attempts from one address', async () => {
    const server = await startTestServer('sqlite', { authRateLimit: { window: 60, max: 5 } });
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 7; attempt++) {
        const response = await server.anonymous.post(
          '/api/auth/sign-in/email',
          { email: 'admin@example.com', password: `guess number ${attempt}` },
          { headers: { origin: server.url, 'x-waymark-client-address': `10.0.0.${attempt}` } },
        );
        statuses.push(response.status);
      }
      // The harness signed in once already; a client cannot pick its own bucket with the header.
      expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(2);
      expect(statuses.filter((status) => status === 401).length).toBeGreaterThanOrEqual(1);
    } finally {
      await server.close();
    }
  });
});
