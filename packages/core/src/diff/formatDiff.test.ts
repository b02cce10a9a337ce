import { describe, expect, it } from 'vitest';
import { edited, exemplaryJourney } from '../../../../test/fixtures/journeys.js';
import { Gain } from '../model/findings.js';
import { diffJourneys } from './diffJourneys.js';
import { formatDiff } from './formatDiff.js';

const base = exemplaryJourney();

describe('formatDiff', () => {
  it('says so when there are no differences', () => {
    expect(formatDiff(diffJourneys(base, base))).toBe('No differences.');
  });

  it('counts the changes and groups them by element, marked by kind', () => {
    const after = edited(base, (j) => {
      j.status = 'draft';
      const consideration = j.stages[1];
      const purchase = j.stages[2];
      const compares = consideration?.steps.pop();
      if (compares) purchase?.steps.unshift(compares);
      const emotion = j.stages[2]?.steps[1]?.emotions.shopper;
      if (emotion) emotion.score = -1;
      j.gains.push(Gain.parse({ id: 'fits', title: 'Fits as promised' }));
      j.painPoints = [];
    });
    expect(formatDiff(diffJourneys(base, after))).toBe(
      [
        '5 changes: 1 added, 1 removed, 1 moved, 2 changed',
        '',
        'Journey',
        '  ~ Journey: status changed from published to draft',
        '',
        'Steps',
        '  > Step "Compares prices on other sites" moved from Consideration to Purchase',
        '',
        'Emotions',
        '  ~ Emotion of Budget shopper at "Orders the jacket" changed from +1 to -1 (worse)',
        '',
        'Pain points',
        '  - Pain point "Cannot tell if the price is fair" removed',
        '',
        'Gains',
        '  + Gain "Fits as promised" added',
      ].join('\n'),
    );
  });

  it('keeps user text from driving the terminal', () => {
    const after = edited(base, (j) => {
      j.title = 'New\u001b[2J title\u202e\nnext line';
    });
    const text = formatDiff(diffJourneys(base, after));
    expect(text).toContain('renamed to "New\\u{1b}[2J title\\u{202e} next line"');
    expect(text.split('\n')).toHaveLength(4);
  });
});
