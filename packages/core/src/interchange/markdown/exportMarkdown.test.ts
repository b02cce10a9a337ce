import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbJourney } from '../../../../../test/arbitraries.js';
import { Journey } from '../../model/journey.js';
import { exportMarkdown } from './exportMarkdown.js';
import { mdText } from './markdownText.js';

const journey = Journey.parse({
  id: 'jacket',
  title: 'Buying a <b>winter</b> jacket',
  objective: 'Find why first-time buyers compare prices elsewhere',
  owner: 'CX team',
  tags: ['retail'],
  review: { cadence: 'quarterly', lastReviewed: '2024-10-01' },
  personas: [
    {
      id: 'shopper',
      name: 'Budget shopper',
      share: 0.6,
      goals: ['Pay a fair price'],
      quote: 'Is it cheaper elsewhere?',
    },
    { id: 'loyal', name: 'Returning customer' },
  ],
  stages: [
    {
      id: 'consideration',
      name: 'Consideration',
      steps: [
        {
          id: 'compare',
          name: 'Compares prices <script>alert(1)</script>',
          touchpoints: [
            { id: 'comparison', channel: 'web', name: 'comparison sites', department: 'Marketing' },
          ],
          emotions: { shopper: { score: -1, thoughts: ['*Too* expensive?'] }, loyal: { score: 1 } },
          thoughts: ['Nice, but is it cheaper elsewhere?'],
          momentOfTruth: { reason: 'The price decides' },
          blueprint: { backstage: ['Price feed updates nightly'] },
        },
      ],
    },
    {
      id: 'purchase',
      name: 'Purchase',
      steps: [{ id: 'order', name: 'Orders the jacket', emotions: { shopper: { score: 2 } } }],
    },
  ],
  insights: [{ id: 'survey', text: '62% compare prices', source: 'survey', date: '2024-09-01' }],
  painPoints: [
    { id: 'unfair', title: 'Cannot tell if the price is fair', at: 'compare', severity: 4, reach: 0.5 },
  ],
  gains: [{ id: 'fast', title: 'Fast checkout', at: 'order' }],
  opportunities: [
    { id: 'small', title: 'Nicer photos', impact: 2, effort: 4 },
    {
      id: 'match',
      title: 'Price-match promise',
      addresses: ['unfair'],
      impact: 4,
      effort: 2,
      confidence: 0.8,
    },
  ],
  actions: [
    {
      id: 'badge',
      title: 'Add a price-match badge',
      opportunity: 'match',
      owner: 'Web team',
      due: '2025-01-15',
      kpi: { metric: 'conv', change: 2 },
    },
  ],
  metrics: [
    {
      id: 'conv',
      name: 'Conversion',
      kind: 'conversion',
      unit: '%',
      direction: 'up',
      baseline: 2.1,
      target: 3,
      measurements: [
        { date: '2024-10-01', value: 2.3 },
        { date: '2024-08-01', value: 2.0 },
      ],
    },
  ],
});

describe('exportMarkdown', () => {
  const markdown = exportMarkdown(journey);

  it('starts with the title and the objective', () => {
    expect(
      markdown.startsWith('# Buying a &lt;b&gt;winter&lt;/b&gt; jacket\n\n> **Objective:** Find why'),
    ).toBe(true);
    expect(markdown).toContain('| Review | quarterly review, last reviewed 2024-10-01 |');
  });

  it('describes personas, stages and steps with touchpoints, emotions, thoughts and findings', () => {
    expect(markdown).toContain('### Budget shopper — 60% of customers');
    expect(markdown).toContain('- **Goals:** Pay a fair price');
    expect(markdown).toContain('> “Is it cheaper elsewhere?”');
    expect(markdown).toContain('### 1. Consideration');
    expect(markdown).toContain('### 2. Purchase');
    expect(markdown).toContain('★ **Moment of truth:** The price decides');
    expect(markdown).toContain('- **Touchpoints:** web: comparison sites (Marketing)');
    expect(markdown).toContain('  - Budget shopper ▃ -1 — “\\*Too\\* expensive?”');
    expect(markdown).toContain('  - Returning customer ▆ +1');
    expect(markdown).toContain('- **Thoughts:** “Nice, but is it cheaper elsewhere?”');
    expect(markdown).toContain('- **Pain points:** P1 Cannot tell if the price is fair (severity 4/5)');
    expect(markdown).toContain('- **Gains:** G1 Fast checkout (severity 3/5)');
    expect(markdown).toContain('- **Backstage:** Price feed updates nightly');
    expect(markdown).toContain('| Budget shopper | ▃█ |');
  });

  it('ranks opportunities by RICE with the pain points they address and their actions', () => {
    const match = markdown.indexOf('1. **O2 Price-match promise**');
    const small = markdown.indexOf('2. **O1 Nicer photos**');
    expect(match).toBeGreaterThan(0);
    expect(small).toBeGreaterThan(match);
    expect(markdown).toContain('RICE 80 · ICE 64');
    expect(markdown).toContain('   - Addresses: P1 Cannot tell if the price is fair');
    expect(markdown).toContain('   - Actions: Add a price-match badge (Web team, 2025-01-15, todo)');
  });

  it('has tables of actions and metrics, and the insights', () => {
    expect(markdown).toContain(
      '| Add a price-match badge | O2 Price-match promise | Web team |   | 2025-01-15 | todo | Conversion +2 |',
    );
    expect(markdown).toContain(
      '| Conversion | conversion | whole journey | ↑ higher is better | 2.1 % | 3 % | 2.3 % (2024-10-01) |',
    );
    expect(markdown).toContain('- **I1** “62% compare prices” (survey, 2024-09-01)');
  });

  it('escapes user text so it renders as text', () => {
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('Compares prices &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mdText('- [link](http://x) | *b* _i_ `c` # h ~s~ $m$ \\')).toBe(
      '\\- \\[link\\](http://x) \\| \\*b\\* \\_i\\_ \\`c\\` \\# h \\~s\\~ \\$m\\$ \\\\',
    );
    expect(mdText('1. not a list')).toBe('1\\. not a list');
    expect(mdText('2026.4 and -42 stay as they are')).toBe('2026.4 and -42 stay as they are');
    expect(mdText('---')).toBe('\\---');
    expect(mdText('two\nlines & "quotes"')).toBe('two<br>lines &amp; &quot;quotes&quot;');
  });

  it('never lets raw HTML through, whatever the journey holds', () => {
    fc.assert(
      fc.property(arbJourney(), (generated) => {
        // our own markup: line breaks in cells and block quotes
        const text = exportMarkdown(generated).replace(/<br>/g, '').replace(/^> /gm, '');
        expect(text).not.toMatch(/[<>]/);
      }),
      { numRuns: 100 },
    );
  });
});
