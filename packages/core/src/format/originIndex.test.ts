import { describe, expect, it } from 'vitest';
import { OriginIndex } from './originIndex.js';

const at = (line: number, column = 1) => ({ line, column });

describe('OriginIndex', () => {
  it('locates a path where it, or its nearest written ancestor, was written', () => {
    const origins = new OriginIndex();
    origins.written([], at(1));
    origins.written(['stages', 0], at(3));
    origins.written(['stages', 0, 'name'], at(3, 5));
    expect(origins.locate(['stages', 0, 'name'])).toEqual(at(3, 5));
    expect(origins.locate(['stages', 0, 'steps', 2, 'name'])).toEqual(at(3));
    expect(origins.locate(['title'])).toEqual(at(1));
    // An index and a key that reads the same are different paths.
    expect(origins.locate(['stages', '0', 'name'])).toEqual(at(1));
  });

  it('knows nothing before anything is written', () => {
    expect(new OriginIndex().locate(['title'])).toBeUndefined();
  });

  it('shows a shorthand at the path it was written as', () => {
    const origins = new OriginIndex();
    origins.shorthand(['emotions', 'shopper', 'score'], ['emotions', 'shopper']);
    expect(origins.displayPath(['emotions', 'shopper', 'score'])).toBe('emotions.shopper');
    expect(origins.displayPath(['emotions', 'loyal', 'score'])).toBe('emotions.loyal.score');
    expect(origins.displayPath(['x', Symbol('skipped'), 0])).toBe('x[0]');
  });

  it('copies what was noted under a path, shorthands rebased, and only what was noted before', () => {
    const origins = new OriginIndex();
    const byName = ['emotions', 'Budget shopper'];
    origins.written(byName, at(4, 7));
    origins.written([...byName, 'thoughts', 0], at(5, 9));
    origins.shorthand([...byName, 'score'], byName);
    origins.written(['emotions', 'shopper', 'note'], at(9));
    origins.copy(byName, ['emotions', 'shopper']);
    origins.written([...byName, 'late'], at(12));
    expect(origins.locate(['emotions', 'shopper', 'thoughts', 0])).toEqual(at(5, 9));
    expect(origins.locate(['emotions', 'shopper', 'score'])).toEqual(at(4, 7));
    expect(origins.locate(['emotions', 'shopper', 'note'])).toEqual(at(9));
    expect(origins.locate(['emotions', 'shopper', 'late'])).toEqual(at(4, 7));
    expect(origins.displayPath(['emotions', 'shopper', 'score'])).toBe('emotions.shopper');
  });

  it('answers questions asked while notes are still coming', () => {
    const origins = new OriginIndex();
    origins.written(['a'], at(1));
    expect(origins.locate(['a', 'b'])).toEqual(at(1));
    origins.written(['a', 'b'], at(2));
    expect(origins.locate(['a', 'b'])).toEqual(at(2));
  });
});
