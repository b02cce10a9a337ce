import { liveCloseKind, liveCloseReason, liveCloseRules } from '@waymark/collab';
import { describe, expect, it } from 'vitest';
import { connectionNotice } from './connectionNotice';

describe('what the editor says when the server closes the connection', () => {
  it('explains each limit the server sends, from the close event itself', () => {
    const told = (code: number, reason: string) => {
      const kind = liveCloseKind(code, reason);
      return kind === undefined ? undefined : connectionNotice(kind).title;
    };
    expect(told(1009, liveCloseReason('tooBig', 'this update would make a/b larger than 10 bytes'))).toMatch(
      /larger than the server allows/,
    );
    expect(told(1008, liveCloseReason('flood', 'more than 20 messages a second'))).toMatch(
      /faster than allowed/,
    );
    // Hocuspocus's close message for one document arrives with code 1000.
    expect(told(1000, liveCloseReason('tooManyConnections', 'you already hold 3'))).toMatch(/too many tabs/);
    expect(told(liveCloseRules.malformed.code, liveCloseReason('malformed', 'bad'))).toMatch(/damaged/);
    expect(told(1006, '')).toBeUndefined();
  });

  it('always says what to do next', () => {
    for (const kind of Object.keys(liveCloseRules) as (keyof typeof liveCloseRules)[])
      expect(connectionNotice(kind).advice).toMatch(/reconnect|Reload/i);
  });
});
