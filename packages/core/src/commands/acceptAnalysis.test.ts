import { describe, expect, it } from 'vitest';
import { parseJourney, validateJourney } from '../format/parseJourney.js';
import { lintJourney } from '../lint/lintJourney.js';
import type { AnalysisDocument } from '../model/analysis.js';
import type { Journey } from '../model/journey.js';
import { acceptAnalysis, acceptableItems } from './acceptAnalysis.js';

const source = `journey: Shop
stages:
  - Discover:
      - Visits:
          touchpoints:
            - web: { name: home page }
  - Buy:
      - Pays:
metrics:
  - { id: discover-conversion, name: Discover to Buy, kind: conversion, at: discover, unit: "%" }
  - { id: nps, name: Journey NPS, kind: nps }
  - { id: time, name: Time to buy, kind: time }
`;

function journey(): Journey {
  const result = parseJourney(source, { fileName: 'shop.yaml' });
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.journey;
}

const analysis: AnalysisDocument = {
  formatVersion: 1,
  journey: 'shop',
  generatedAt: '2026-12-01T10:00:00Z',
  scope: { to: '2026-11-30' },
  inputs: {
    events: { file: 'events.csv', format: 'csv', rowsTaken: 10, rowsSkipped: 0, skipped: [], columns: {} },
  },
  customers: 100,
  funnel: {
    mode: 'strict',
    stages: [
      {
        stage: 'discover',
        customers: 100,
        shareOfStart: 1,
        conversionToNext: 0.4,
        dropOff: 0.6,
        medianSecondsToNext: 60,
        p90SecondsToNext: 120,
      },
      {
        stage: 'buy',
        customers: 40,
        shareOfStart: 0.4,
        conversionToNext: null,
        dropOff: null,
        medianSecondsToNext: null,
        p90SecondsToNext: null,
      },
    ],
  },
  feedback: {
    scores: [{ at: null, kind: 'nps', responses: 50, value: 12.5, ciLow: 2, ciHigh: 20 }],
    sentiment: [],
    themes: [],
  },
  suggestions: [
    {
      kind: 'painPoint',
      title: '60% of customers who reach Discover never reach Buy',
      at: 'visits',
      severity: 4,
      reach: 0.6,
      evidence: ['100 customers reached the stage; 40 went on (event log)'],
    },
    {
      kind: 'insight',
      title: 'NPS of the journey is 12.5',
      evidence: ['“Slow page.”'],
    },
    { kind: 'painPoint', title: 'Slow at the stage', at: 'discover', evidence: [] },
  ],
};

describe('acceptAnalysis', () => {
  it('lists suggestions and the measured values that fit a metric', () => {
    expect(acceptableItems(journey(), analysis).map((item) => [item.id, item.kind])).toEqual([
      ['S1', 'painPoint'],
      ['S2', 'insight'],
      ['S3', 'painPoint'],
      ['M1', 'measurement'],
      ['M2', 'measurement'],
    ]);
  });

  it('adds exactly the chosen items: a measured pain point backed by an insight with the evidence', () => {
    const before = journey();
    const result = acceptAnalysis(before, analysis, ['S1', 'M1']);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const after = result.journey;
    expect(after.painPoints).toHaveLength(1);
    expect(after.insights).toHaveLength(1);
    const [painPoint] = after.painPoints;
    const [insight] = after.insights;
    expect(painPoint).toMatchObject({
      title: '60% of customers who reach Discover never reach Buy',
      at: 'visits',
      severity: 4,
      reach: 0.6,
      evidence: 'measured',
      insights: [insight?.id],
    });
    expect(insight).toMatchObject({
      source: 'analytics',
      date: '2026-11-30',
      reference: 'waymark analyze of events.csv',
    });
    expect(insight?.text).toContain('100 customers reached the stage; 40 went on');
    const conversion = after.metrics.find((metric) => metric.id === 'discover-conversion');
    expect(conversion?.measurements).toEqual([
      { date: '2026-11-30', value: 40, source: 'waymark analyze of events.csv, 100 customers' },
    ]);
    expect(after.metrics.find((metric) => metric.id === 'nps')?.measurements).toEqual([]);
    expect(validateJourney(after).ok).toBe(true);
    expect(() => lintJourney(after)).not.toThrow();
    expect(before.painPoints).toHaveLength(0);
  });

  it('accepts everything with all; a pain point at a stage keeps the place in its description', () => {
    const result = acceptAnalysis(journey(), analysis, 'all');
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.accepted.map((item) => item.id)).toEqual(['S1', 'S2', 'S3', 'M1', 'M2']);
    expect(result.journey.painPoints).toHaveLength(2);
    expect(result.journey.insights).toHaveLength(3);
    expect(result.journey.insights[1]?.source).toBe('survey');
    const atStage = result.journey.painPoints[1];
    expect(atStage?.at).toBeUndefined();
    expect(atStage?.description).toBe('Measured at discover.');
    expect(result.journey.metrics.find((metric) => metric.id === 'nps')?.measurements[0]?.value).toBe(12.5);
    expect(new Set(result.journey.painPoints.map((p) => p.id)).size).toBe(2);
  });

  it('refuses unknown ids, naming what is on offer', () => {
    const result = acceptAnalysis(journey(), analysis, ['S1', 'S9']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      "no item 'S9' to accept (did you mean 'S1'?); the analysis offers S1, S2, S3, M1, M2",
    ]);
  });

  it('refuses the analysis of another journey', () => {
    const result = acceptAnalysis(journey(), { ...analysis, journey: 'other' }, 'all');
    expect(result.ok).toBe(false);
  });
});
