import { describe, expect, it } from 'vitest';
import { AccessCache, type Membership, type TokenGrant } from './accessCache.js';

const grant = (id: string): TokenGrant => ({
  tokenId: `token-${id}`,
  expiresAt: null,
  lastUsedAt: null,
  user: { id, name: id, email: `${id}@example.com` },
});
const membership: Membership = {
  workspace: { id: 'w1', slug: 'cx', name: 'CX', createdAt: '2026-01-01T00:00:00.000Z', createdBy: null },
  role: 'editor',
};

describe('AccessCache', () => {
  it('answers from what it kept until the time to live has passed', () => {
    let time = 0;
    const cache = new AccessCache(5_000, 100, () => time);
    cache.keepToken('hash', cache.generation, grant('ana'));
    cache.keepMembership('ana', 'cx', cache.generation, membership);
    time = 4_999;
    expect(cache.token('hash')?.user.id).toBe('ana');
    expect(cache.membership('ana', 'cx')?.role).toBe('editor');
    expect(cache.membership('ana', 'other')).toBeUndefined();
    time = 5_000;
    expect(cache.token('hash')).toBeUndefined();
    expect(cache.membership('ana', 'cx')).toBeUndefined();
  });

  it('forgets everything on invalidate', () => {
    const cache = new AccessCache();
    cache.keepToken('hash', cache.generation, grant('ana'));
    cache.keepMembership('ana', 'cx', cache.generation, membership);
    cache.invalidate();
    expect(cache.token('hash')).toBeUndefined();
    expect(cache.membership('ana', 'cx')).toBeUndefined();
  });

  it('does not keep an answer looked up before an invalidation (a read that raced a change)', () => {
    const cache = new AccessCache();
    const before = cache.generation;
    cache.invalidate();
    cache.keepToken('hash', before, grant('ana'));
    cache.keepMembership('ana', 'cx', before, membership);
    expect(cache.token('hash')).toBeUndefined();
    expect(cache.membership('ana', 'cx')).toBeUndefined();
    cache.keepToken('hash', cache.generation, grant('ana'));
    expect(cache.token('hash')?.user.id).toBe('ana');
  });

  it('keeps at most maxEntries of each kind, dropping the oldest', () => {
    const cache = new AccessCache(5_000, 2);
    for (const id of ['a', 'b', 'c']) cache.keepToken(id, cache.generation, grant(id));
    expect(cache.token('a')).toBeUndefined();
    expect(cache.token('b')?.user.id).toBe('b');
    expect(cache.token('c')?.user.id).toBe('c');
  });
});
