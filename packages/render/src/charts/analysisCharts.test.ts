import { describe, expect, it } from 'vitest';
import { funnelChart, sankeyChart, scoreChart } from './analysisCharts.js';

const names = new Map([
  ['look', 'Look <around>'],
  ['buy', 'Buy & pay'],
  ['use', 'Use'],
]);

describe('analysis charts', () => {
  it('draws the paths as a Sankey: nodes per position with their customers, bands between them', () => {
    const svg = sankeyChart(
      {
        level: 'stage',
        customers: 10,
        variants: [
          { sequence: ['look', 'buy', 'use'], customers: 6, share: 0.6 },
          { sequence: ['look', 'buy'], customers: 3, share: 0.3 },
          { sequence: ['buy'], customers: 1, share: 0.1 },
        ],
      },
      names,
    );
    const nodes = [...svg.matchAll(/<title>([^<]*): (\d+)<\/title><\/rect>/g)].map((m) => `${m[1]}=${m[2]}`);
    expect(nodes).toEqual(['Look &lt;around&gt;=9', 'Buy &amp; pay=9', 'Use=6', 'Buy &amp; pay=1']);
    const bands = [...svg.matchAll(/<title>([^<]*→[^<]*)<\/title>/g)].map((m) => m[1]);
    expect(bands).toEqual(['Look &lt;around&gt; → Buy &amp; pay: 9', 'Buy &amp; pay → Use: 6']);
    expect(svg).not.toContain('<around>');
    expect(sankeyChart({ level: 'stage', customers: 0, variants: [] }, names)).toBe('');
  });

  it('draws a score along the journey in the order given, overall answers first', () => {
    const score = (at: string | null, value: number) => ({
      at,
      kind: 'csat' as const,
      responses: 12,
      value,
      ciLow: value - 0.5,
      ciHigh: value + 0.5,
    });
    const svg = scoreChart([score('use', 4.5), score(null, 3.9), score('look', 3.1)], 'csat', [
      { id: 'look', name: 'Look <around>' },
      { id: 'buy', name: 'Buy' },
      { id: 'use', name: 'Use' },
    ]);
    const ticks = [...svg.matchAll(/class="tick">([^<]*)</g)].map((m) => m[1]);
    expect(ticks).toEqual(['All', 'Look &lt;around&gt;', 'Use']);
    expect(svg).toContain('<polyline');
    expect(scoreChart([], 'nps', [])).toBe('');
  });

  it('escapes stage names in the funnel', () => {
    const svg = funnelChart(
      {
        mode: 'strict',
        stages: [
          {
            stage: 'look',
            customers: 5,
            shareOfStart: 1,
            conversionToNext: null,
            dropOff: null,
            medianSecondsToNext: null,
            p90SecondsToNext: null,
          },
        ],
      },
      names,
    );
    expect(svg).toContain('Look &lt;around&gt;');
  });
});
