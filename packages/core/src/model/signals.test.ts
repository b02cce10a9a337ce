import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../diagnostic.js';
import { parseJourney } from '../format/parseJourney.js';
import { writeJourney } from '../format/writeJourney.js';
import { patternKind, patternProblem, patternRegex } from './signals.js';

const journey = (signals: string) => `journey: Shop
personas:
  shopper: { name: Shopper, segments: [budget, "trial-*"] }
stages:
  - Purchase:
      - Checks out:
          event: cart_viewed
          touchpoints:
            - web: { name: checkout, events: ["checkout_*"] }
            - email: confirmation
${signals}`;

describe('event patterns', () => {
  it('tells exact names, globs and regular expressions apart', () => {
    expect(patternKind('order_placed')).toBe('exact');
    expect(patternKind('checkout_*')).toBe('glob');
    expect(patternKind('/^pay_(card|paypal)$/i')).toBe('regex');
  });

  it('turns each into a whole-name regular expression', () => {
    const matches = (pattern: string, name: string) => {
      const { source, caseInsensitive } = patternRegex(pattern);
      return new RegExp(source, caseInsensitive ? 'i' : '').test(name);
    };
    expect(matches('order.placed', 'order.placed')).toBe(true);
    expect(matches('order.placed', 'orderXplaced')).toBe(false);
    expect(matches('checkout_*', 'checkout_started')).toBe(true);
    expect(matches('checkout_*', 'pre_checkout_started')).toBe(false);
    expect(matches('page_?', 'page_1')).toBe(true);
    expect(matches('/^PAY_(card|paypal)$/i', 'pay_card')).toBe(true);
  });

  it('refuses what the engines’ RE2 cannot run and what does not compile', () => {
    expect(patternProblem('/(?=a)b/')).toMatch(/lookaround and backreferences/);
    expect(patternProblem('/(a)\\1/')).toMatch(/lookaround and backreferences/);
    expect(patternProblem('/(unclosed/')).toMatch(/not a valid regular expression/);
    expect(patternProblem('/no-end')).toMatch(/ends with '\/'/);
    expect(patternProblem('checkout_*')).toBeUndefined();
  });
});

describe('signals in the journey file', () => {
  it('reads events on steps and touchpoints, segments on personas and journey-level signals', () => {
    const result = parseJourney(
      journey('signals:\n  - { at: confirmation, events: "/^mail_(sent|open)$/i", channel: email }\n'),
    );
    expect(result.ok ? [] : result.errors.map(formatDiagnostic)).toEqual([]);
    if (!result.ok) return;
    const step = result.journey.stages[0]?.steps[0];
    expect(step?.events).toEqual(['cart_viewed']);
    expect(step?.touchpoints[0]?.events).toEqual(['checkout_*']);
    expect(result.journey.personas[0]?.segments).toEqual(['budget', 'trial-*']);
    expect(result.journey.signals).toEqual([
      { at: 'confirmation', events: ['/^mail_(sent|open)$/i'], channel: 'email' },
    ]);
    const again = parseJourney(writeJourney(result.journey));
    expect(again.ok && again.journey).toEqual(result.journey);
  });

  it('leaves journeys without signals as they were', () => {
    const result = parseJourney('journey: Plain\nstages: [Buy]\n');
    expect(result.ok && 'signals' in result.journey).toBe(false);
  });

  it('reports a bad pattern and an unknown target at their line and column', () => {
    const result = parseJourney(
      journey(
        'signals:\n  - { at: checkout, events: ["/(?!x)/"] }\n  - { at: nowhere, events: [a] }\n  - { at: checkout }\n',
      ),
      { fileName: 'shop.yaml' },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(formatDiagnostic)).toEqual([
      "shop.yaml:12:30 signals[0].events[0]: lookaround and backreferences are not supported in event patterns (the engines use RE2) (got '/(?!x)/')",
      "shop.yaml:14:5 signals[2]: missing required field 'events'",
      "shop.yaml:13:11 signals[1].at: unknown step or touchpoint 'nowhere'",
    ]);
  });
});
