import { describe, expect, it } from 'vitest';
import { bodyParts, insertMention, mentionMatches, mentionQuery } from './mentions';

const members = [
  { userId: 'u1', name: 'Ada Lovelace', email: 'ada@example.com' },
  { userId: 'u2', name: 'Grace Hopper', email: 'grace@example.com' },
  { userId: 'u3', name: 'Alan [Ops] Turing', email: 'alan@example.com' },
];

describe('mentions in comments', () => {
  it('notices an "@" being typed at the start or after a space, not inside an email address', () => {
    expect(mentionQuery('Ask @gr', 7)).toEqual({ start: 4, query: 'gr' });
    expect(mentionQuery('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQuery('mail ada@example', 16)).toBeUndefined();
    expect(mentionQuery('Ask @gr\nnext', 12)).toBeUndefined();
    expect(mentionQuery('no at sign', 5)).toBeUndefined();
  });

  it('offers members by any word of their name or by email', () => {
    expect(mentionMatches(members, 'hop').map((m) => m.userId)).toEqual(['u2']);
    expect(mentionMatches(members, 'a').map((m) => m.userId)).toEqual(['u1', 'u3']);
    expect(mentionMatches(members, 'grace@').map((m) => m.userId)).toEqual(['u2']);
    expect(mentionMatches(members, '', 2)).toHaveLength(2);
  });

  it('puts the member’s token in place of what was typed, brackets in the name left out', () => {
    const text = 'Ask @gr about it';
    expect(insertMention(text, { start: 4, query: 'gr' }, members[1]!)).toEqual({
      text: 'Ask @[Grace Hopper](u2)  about it',
      caret: 24,
    });
    expect(insertMention('@al', { start: 0, query: 'al' }, members[2]!).text).toBe('@[Alan Ops Turing](u3) ');
  });

  it('splits a body into text and mentions (a script in the text stays text)', () => {
    expect(bodyParts('Hi @[Ada Lovelace](u1), see <b>this</b>')).toEqual([
      { text: 'Hi ' },
      { mention: 'Ada Lovelace', userId: 'u1' },
      { text: ', see <b>this</b>' },
    ]);
    expect(bodyParts('plain')).toEqual([{ text: 'plain' }]);
  });
});
