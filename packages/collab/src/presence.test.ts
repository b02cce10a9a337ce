import { describe, expect, it } from 'vitest';
import { PresenceState, parsePresence } from './presence.js';

const ann = { id: 'user-1', name: 'Ann', color: '#0072b2' };

describe('presence', () => {
  it('accepts who is here, their selection and their pointer in map coordinates', () => {
    const state = { user: ann, selected: 'checkout', pointer: { x: 120.5, y: -40 } };
    expect(parsePresence(state)).toEqual(state);
    expect(parsePresence({ user: ann })).toEqual({ user: ann });
  });

  it('refuses malformed states from other clients', () => {
    expect(parsePresence(undefined)).toBeUndefined();
    expect(parsePresence({ user: { ...ann, color: 'red' } })).toBeUndefined();
    expect(parsePresence({ user: { ...ann, name: '  ' } })).toBeUndefined();
    expect(parsePresence({ user: ann, pointer: { x: Number.NaN, y: 0 } })).toBeUndefined();
    expect(parsePresence({ user: ann, selected: '../etc' })).toBeUndefined();
    expect(parsePresence({ user: ann, extra: true })).toBeUndefined();
  });

  it('says which field is wrong', () => {
    const result = PresenceState.safeParse({ user: { ...ann, color: 'red' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['user', 'color']);
    expect(result.error?.issues[0]?.message).toBe('expected a colour like #1f77b4');
  });
});
