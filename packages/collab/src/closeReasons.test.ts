import { describe, expect, it } from 'vitest';
import { liveCloseKind, liveCloseReason, liveCloseRules } from './closeReasons.js';

describe('live close reasons', () => {
  it('reads back every kind the server sends, by its code and reason', () => {
    for (const kind of ['malformed', 'flood', 'tooBig', 'tooManyConnections'] as const) {
      const reason = liveCloseReason(kind, 'something about parcel-return');
      expect(liveCloseKind(liveCloseRules[kind].code, reason)).toBe(kind);
      // Hocuspocus's close message reaches the provider with code 1000: the reason decides.
      expect(liveCloseKind(1000, reason)).toBe(kind);
    }
  });

  it('tells the two policy violations apart by their reason, and a bare 1009 is still too big', () => {
    expect(liveCloseKind(1008, liveCloseReason('flood', 'slow down'))).toBe('flood');
    expect(liveCloseKind(1008, liveCloseReason('malformed', 'bad bytes'))).toBe('malformed');
    expect(liveCloseKind(1008, '')).toBeUndefined();
    expect(liveCloseKind(1009, '')).toBe('tooBig');
  });

  it('leaves ordinary closes (network, restart) to reconnecting', () => {
    expect(liveCloseKind(1006, '')).toBeUndefined();
    expect(liveCloseKind(1000, 'Server closed the connection')).toBeUndefined();
    expect(liveCloseKind(4204, 'Reset Connection')).toBeUndefined();
  });

  it('cuts a long reason to the 123 bytes a close frame carries, on a character boundary', () => {
    const reason = liveCloseReason('tooBig', `this update would make ${'å'.repeat(200)} larger`);
    expect(new TextEncoder().encode(reason).length).toBeLessThanOrEqual(123);
    expect(reason.endsWith('…')).toBe(true);
    expect(liveCloseKind(1009, reason)).toBe('tooBig');
  });
});
