import { describe, expect, it } from 'vitest';
import { createCommentReader } from './commentReader.js';

describe('createCommentReader', () => {
  const read = createCommentReader();

  it('scores negative comments below zero and positive ones above', () => {
    expect(read('Terrible, the delivery charge was a nasty surprise').sentiment).toBeLessThan(0);
    expect(read('Great service, quick and easy').sentiment).toBeGreaterThan(0);
  });

  it('offers runs of adjectives and nouns ending in a noun as key phrases, stop words left out', () => {
    const { phrases } = read('The delivery charge was a nasty surprise.');
    expect(phrases).toContain('delivery charge');
    expect(phrases).toContain('nasty surprise');
    expect(phrases).not.toContain('the');
  });

  it('keeps a gerund that modifies a noun ("waiting time")', () => {
    expect(read('Awful waiting time. I almost cancelled.').phrases).toContain('waiting time');
  });
});
