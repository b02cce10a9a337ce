import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchPassages } from './searchIndex.js';

const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');

describe('searchPassages', () => {
  it('puts the title first and every word of the body, in order, in the passages after it', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.oneof(fc.string(), fc.lorem({ maxCount: 400, mode: 'words' })), { maxLength: 60 }),
        (title, lines) => {
          const body = lines.join('\n');
          const [first, ...rest] = searchPassages(title, body);
          expect(first).toBe(title);
          expect(words(rest.join('\n'))).toEqual(words(body));
        },
      ),
    );
  });

  it('keeps passages short, cutting a long line at a space', () => {
    const longLine = Array.from({ length: 900 }, (_, index) => `word${index}`).join(' ');
    const body = [
      'opening line',
      longLine,
      ...Array.from({ length: 300 }, (_, index) => `step ${index}`),
    ].join('\n');
    const passages = searchPassages('Title', body).slice(1);
    expect(passages.length).toBeGreaterThan(10);
    for (const passage of passages) expect(passage.length).toBeLessThanOrEqual(1800);
    for (const passage of passages) expect(passage).not.toMatch(/^\s|\s$/);
  });

  it('gives a short journey one passage besides its title', () => {
    expect(searchPassages('Hotel stay', 'Book\nArrive\nSleep')).toEqual([
      'Hotel stay',
      'Book\nArrive\nSleep',
    ]);
  });
});
