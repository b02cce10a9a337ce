import { describe, expect, it } from 'vitest';
import { IdAllocator, slugify } from '../util/slug.js';
import { Id } from './primitives.js';

describe('Id', () => {
  it('accepts short readable ids', () => {
    for (const id of ['shopper', 'price-unclear', 's1.t2', 'A_b'])
      expect(Id.safeParse(id).success).toBe(true);
  });

  it('refuses ids that are properties of every object, so records keyed by persona stay safe', () => {
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype']) {
      expect(Id.safeParse(id).success).toBe(false);
    }
  });

  it('never derives a reserved id from a name', () => {
    const ids = new IdAllocator();
    expect(ids.derive('Constructor')).toBe('constructor-2');
    expect(ids.derive('To String')).toBe('to-string');
    expect(slugify('Prototype')).toBe('prototype-2');
  });
});

describe('reserved names in titles', () => {
  it('a journey titled "Constructor" still gets a valid id', async () => {
    const { parseJourney } = await import('../format/parseJourney.js');
    const result = parseJourney('journey: Constructor\nstages: [Prototype]\n');
    expect(result.ok && result.journey.id).toBe('constructor-2');
    expect(result.ok && result.journey.stages[0]?.id).toBe('prototype-2');
  });
});
