import { describe, expect, it } from 'vitest';
import { edited, exemplaryJourney, makeJourney, TODAY } from '../../../../test/fixtures/journeys.js';
import { describeCounts, formatLintReport } from './formatLintReport.js';
import { lintJourney } from './lintJourney.js';

describe('formatLintReport', () => {
  it('says there are no problems and shows the full health breakdown', () => {
    const text = formatLintReport(lintJourney(exemplaryJourney(), { today: TODAY }), 'jacket.yaml');
    expect(text.split('\n')[0]).toBe('jacket.yaml: no problems');
    expect(text).toContain('Health 100/100');
    for (const label of ['Structure', 'Evidence', 'Analysis', 'Action', 'Freshness']) {
      expect(text).toMatch(new RegExp(`^  ${label} +100 +█{20}  weight`, 'm'));
    }
    expect(text).not.toContain('How to fix');
    expect(text.endsWith('\n')).toBe(false);
  });

  it('lists each finding with severity, path, message and rule, then the advice once per rule', () => {
    const journey = edited(exemplaryJourney(), (j) => {
      delete j.objective;
      for (const step of j.stages.flatMap((s) => s.steps)) step.touchpoints = [];
    });
    const text = formatLintReport(lintJourney(journey, { today: TODAY }), 'jacket.yaml');
    const lines = text.split('\n');
    expect(lines[0]).toBe('jacket.yaml: 0 errors, 5 warnings, 0 info');
    expect(lines).toContain(
      '  warning  (journey)           The journey has no objective.  journey-without-objective',
    );
    expect(lines).toContain(
      '  warning  stages[1].steps[0]  Step "Searches the shop" has no touchpoint.  step-without-touchpoint',
    );
    expect(lines.filter((line) => line.startsWith('  step-without-touchpoint  '))).toHaveLength(1);
    expect(text).toMatch(/^ {2}Structure +\d+ .* weight 30 {2}5 findings$/m);
  });

  it('marks categories the map gives nothing to check', () => {
    const text = formatLintReport(lintJourney(makeJourney(), { today: TODAY }));
    expect(text.split('\n')[0]).toBe('2 errors, 1 warning, 0 info');
    expect(text).toMatch(/^ {2}Freshness +n\/a {2}nothing to check$/m);
    expect(text).toContain('Health 0/100');
  });

  it('keeps user text from driving the terminal', () => {
    const journey = edited(exemplaryJourney(), (j) => {
      const stage = j.stages[0];
      if (stage) stage.steps = [];
      if (stage) stage.name = 'Evil\u001b[2J\nstage\u202e';
    });
    const text = formatLintReport(lintJourney(journey, { today: TODAY }), 'a\u001b]0;title\u0007.yaml');
    const unsafe = [...text].filter((char) => {
      const code = char.codePointAt(0) ?? 0;
      return (code < 0x20 && char !== '\n') || code === 0x7f || code === 0x202e;
    });
    expect(unsafe).toEqual([]);
    expect(text).toContain('Stage "Evil\\u{1b}[2J stage\\u{202e}" has no steps.');
  });
});

describe('describeCounts', () => {
  it('counts in words', () => {
    expect(describeCounts({ error: 1, warning: 2, info: 3 })).toBe('1 error, 2 warnings, 3 info');
    expect(describeCounts({ error: 0, warning: 0, info: 0 })).toBe('no problems');
  });
});
