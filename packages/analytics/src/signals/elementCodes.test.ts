import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duckDbDialect } from '../engine/duckDbDialect.js';
import { elementCodes } from './elementCodes.js';
import type { JourneyDesign } from './journeyDesign.js';

/** A design holding just these ids, as stages (what elementCodes reads of it). */
const designOf = (ids: readonly string[]): JourneyDesign => ({
  journeyId: 'j',
  stages: ids.map((id, order) => ({ id, name: id, order })),
  steps: [],
  personas: [],
  eventRules: [],
  segmentRules: [],
  elementsByName: new Map(),
});

/** Ids as core's `Id` allows them. */
const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,6}$/);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('element codes', () => {
  it('decode to their ids, and sequences of codes joined sort as the ids joined', () => {
    fc.assert(
      fc.property(fc.uniqueArray(id, { minLength: 1, maxLength: 30 }), fc.nat(), (ids, seed) => {
        const codes = elementCodes(designOf(ids), duckDbDialect);
        const code = (x: string) => Number(codes.codeLiteral(x));
        for (const x of ids) expect(codes.idOf(code(x))).toBe(x);
        // Sequences of ids, as paths are: joined ids vs joined codes give the same order.
        const sequences = Array.from({ length: 12 }, (_, k) =>
          Array.from(
            { length: 1 + ((seed + k) % 4) },
            (_, i) => ids[(seed * (k + 1) + i * 7) % ids.length] ?? '',
          ),
        );
        const asIds = [...sequences].sort((a, b) => byText(a.join(','), b.join(',')));
        const asCodes = [...sequences].sort((a, b) => byText(a.map(code).join(','), b.map(code).join(',')));
        expect(asCodes.map((s) => s.join(','))).toEqual(asIds.map((s) => s.join(',')));
      }),
    );
  });

  it('gives NULL for an id the design does not have, and refuses an unknown code', () => {
    const codes = elementCodes(designOf(['a', 'b']), duckDbDialect);
    expect(codes.codeLiteral('c')).toBe('NULL');
    expect(() => codes.idOf(5)).toThrow(/no element has the code 5/);
  });
});
