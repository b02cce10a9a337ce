import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClient, ApiError } from './ApiClient';

/** A fetch that answers each path with its call number, or 401 for paths under /refused. */
let calls: string[];
beforeEach(() => {
  calls = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      calls.push(url);
      if (url.startsWith('/refused')) return new Response('{"error":{"message":"Sign in"}}', { status: 401 });
      return new Response(JSON.stringify({ call: calls.length }), { status: 200 });
    }),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('prefetching a GET', () => {
  it('answers the next get of the path with the early request, once', async () => {
    const api = new ApiClient();
    api.prefetch('/me');
    api.prefetch('/me');
    expect(calls).toEqual(['/me']);
    expect(await api.get('/me')).toEqual({ call: 1 });
    expect(await api.get('/me')).toEqual({ call: 2 });
    expect(calls).toEqual(['/me', '/me']);
  });

  it('forgets a refused prefetch, so a later get asks again', async () => {
    const api = new ApiClient();
    api.prefetch('/refused/list');
    await new Promise((done) => setTimeout(done, 0));
    await expect(api.get('/refused/list')).rejects.toBeInstanceOf(ApiError);
    expect(calls).toEqual(['/refused/list', '/refused/list']);
  });

  it('does not hand out an early answer that has grown old', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const api = new ApiClient();
    api.prefetch('/list');
    vi.setSystemTime(Date.now() + 60_000);
    expect(await api.get('/list')).toEqual({ call: 2 });
  });
});
