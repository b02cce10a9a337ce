import { describe, expect, it } from 'vitest';
import { Journey, type JourneyInput } from './model/journey.js';
import { DEFAULT_REACH, rankOpportunities, scoreOpportunity } from './scoring.js';

function journey(input: Partial<JourneyInput>): Journey {
  return Journey.parse({ id: 'j', title: 'Scoring', ...input });
}

const pains: JourneyInput['painPoints'] = [
  { id: 'price', title: 'Price unclear', reach: 0.3 },
  { id: 'slow', title: 'Slow delivery', reach: 0.6 },
  { id: 'vague', title: 'Vague sizes' },
];

function only(input: Partial<JourneyInput>) {
  const j = journey(input);
  const opportunity = j.opportunities[0];
  if (!opportunity) throw new Error('test journey needs an opportunity');
  return scoreOpportunity(opportunity, j);
}

describe('scoreOpportunity', () => {
  it('uses the opportunity’s own reach first', () => {
    // RICE = 80 × 4 × 0.8 / 2 = 128; ICE = 4 × 4 × 4 = 64
    const score = only({
      painPoints: pains,
      opportunities: [
        { id: 'o', title: 'Match', addresses: ['slow'], reach: 0.8, impact: 4, confidence: 0.8, effort: 2 },
      ],
    });
    expect(score).toEqual({ reach: 0.8, rice: 128, ice: 64 });
  });

  it('falls back to the largest reach of the addressed pain points', () => {
    // reach 0.6 → RICE = 60 × 3 × 0.5 / 3 = 30; ICE = 3 × 2.5 × 3 = 22.5
    const score = only({
      painPoints: pains,
      opportunities: [{ id: 'o', title: 'Faster', addresses: ['price', 'slow', 'vague'] }],
    });
    expect(score).toEqual({ reach: 0.6, rice: 30, ice: 22.5 });
  });

  it('assumes half the customers when nothing says the reach', () => {
    // RICE = 50 × 5 × 1 / 1 = 250; ICE = 5 × 5 × 5 = 125 (the maximum)
    const score = only({
      painPoints: pains,
      opportunities: [
        {
          id: 'o',
          title: 'Sizes',
          addresses: ['vague', 'no-such-pain'],
          impact: 5,
          confidence: 1,
          effort: 1,
        },
      ],
    });
    expect(DEFAULT_REACH).toBe(0.5);
    expect(score).toEqual({ reach: 0.5, rice: 250, ice: 125 });
  });

  it('rounds both scores to one decimal', () => {
    // RICE = 33.3 × 2 × 0.333 / 3 = 7.3926 → 7.4; ICE = 2 × 1.665 × 3 = 9.99 → 10
    const score = only({
      opportunities: [{ id: 'o', title: 'Round', reach: 0.333, impact: 2, confidence: 0.333, effort: 3 }],
    });
    expect(score).toEqual({ reach: 0.333, rice: 7.4, ice: 10 });
  });

  it('gives the minimum ICE of 1 at impact 1, confidence 0.2 and effort 5', () => {
    const score = only({ opportunities: [{ id: 'o', title: 'Low', impact: 1, confidence: 0.2, effort: 5 }] });
    expect(score.ice).toBe(1);
    // RICE = 50 × 1 × 0.2 / 5 = 2
    expect(score.rice).toBe(2);
  });

  it('scores zero when confidence or reach is zero', () => {
    expect(only({ opportunities: [{ id: 'o', title: 'Z', confidence: 0 }] })).toEqual({
      reach: 0.5,
      rice: 0,
      ice: 0,
    });
    expect(only({ opportunities: [{ id: 'o', title: 'Z', reach: 0 }] }).rice).toBe(0);
  });
});

describe('rankOpportunities', () => {
  const j = journey({
    painPoints: pains,
    opportunities: [
      // RICE 50×2×0.5/1 = 50, ICE 2×2.5×5 = 25
      { id: 'cheap', title: 'Cheap', reach: 0.5, impact: 2, confidence: 0.5, effort: 1 },
      // RICE 100×5×0.9/5 = 90, ICE 5×4.5×1 = 22.5
      { id: 'big', title: 'Big', reach: 1, impact: 5, confidence: 0.9, effort: 5 },
      // RICE 50×2×0.5/1 = 50, ICE 25 — an exact tie with "cheap"
      { id: 'twin', title: 'Twin', reach: 0.5, impact: 2, confidence: 0.5, effort: 1 },
      // RICE 10×4×1/2 = 20, ICE 4×5×4 = 80
      { id: 'sure', title: 'Sure', reach: 0.1, impact: 4, confidence: 1, effort: 2 },
    ],
  });

  it('orders by RICE, best first, ties in document order sharing a rank', () => {
    const ranked = rankOpportunities(j, 'rice');
    expect(ranked.map((r) => [r.opportunity.id, r.score.rice, r.rank])).toEqual([
      ['big', 90, 1],
      ['cheap', 50, 2],
      ['twin', 50, 2],
      ['sure', 20, 4],
    ]);
  });

  it('orders by ICE when asked', () => {
    const ranked = rankOpportunities(j, 'ice');
    expect(ranked.map((r) => [r.opportunity.id, r.score.ice, r.rank])).toEqual([
      ['sure', 80, 1],
      ['cheap', 25, 2],
      ['twin', 25, 2],
      ['big', 22.5, 4],
    ]);
  });

  it('breaks ties on the chosen score by the other score', () => {
    const tie = journey({
      opportunities: [
        { id: 'a', title: 'A', reach: 0.5, impact: 2, confidence: 0.5, effort: 1 },
        { id: 'b', title: 'B', reach: 0.25, impact: 2, confidence: 1, effort: 1 },
      ],
    });
    // a: RICE 50, ICE 25; b: RICE 25×2×1/1 = 50, ICE 2×5×5 = 50
    expect(rankOpportunities(tie, 'rice').map((r) => [r.opportunity.id, r.rank])).toEqual([
      ['b', 1],
      ['a', 1],
    ]);
  });

  it('is empty for a journey without opportunities', () => {
    expect(rankOpportunities(journey({}), 'rice')).toEqual([]);
  });
});
