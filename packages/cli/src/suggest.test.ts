import { describe, expect, it } from 'vitest';
import { suggestion } from './suggest.js';

describe('suggestion', () => {
  const templates = ['hotel-stay', 'clinic-visit', 'retail-winter-jacket'];

  it('suggests the closest choice for a typo', () => {
    expect(suggestion('hotle-stay', templates)).toBe(" (did you mean 'hotel-stay'?)");
    expect(suggestion('CLINIC-VISIT', templates)).toBe(" (did you mean 'clinic-visit'?)");
  });

  it('lists the choices when nothing is close', () => {
    expect(suggestion('spaceship', templates)).toBe(
      '; expected one of: hotel-stay, clinic-visit, retail-winter-jacket',
    );
  });

  it('says nothing when there are no choices', () => {
    expect(suggestion('x', [])).toBe('');
  });
});
