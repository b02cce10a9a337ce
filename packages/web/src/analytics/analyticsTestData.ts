// A journey and an analysis of it for the analytics panel's tests, with markup in user text.
import { type AnalysisDocument, type Journey, parseJourney } from '@waymark/core';
import type { Dataset } from './analyticsApi';

export function testJourney(): Journey {
  const parsed = parseJourney(
    `journey: Shop
id: shop
personas:
  shopper: { name: Shopper }
stages:
  - Look <around>:
      - Browses:
          touchpoints: [web: home page]
  - Buy:
      - Pays:
          touchpoints: [web: checkout]
`,
    { fileName: 'shop.yaml' },
  );
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  return parsed.journey;
}

export function testAnalysis(journey: Journey): AnalysisDocument {
  const [look, buy] = journey.stages;
  return {
    formatVersion: 1,
    journey: journey.id,
    generatedAt: '2026-12-01T10:00:00.000Z',
    scope: {},
    inputs: {
      events: { file: 'events.csv', format: 'csv', rowsTaken: 40, rowsSkipped: 0, skipped: [], columns: {} },
    },
    customers: 10,
    funnel: {
      mode: 'strict',
      stages: [
        {
          stage: look?.id ?? '',
          customers: 10,
          shareOfStart: 1,
          conversionToNext: 0.4,
          dropOff: 0.6,
          medianSecondsToNext: 60,
          p90SecondsToNext: 120,
        },
        {
          stage: buy?.id ?? '',
          customers: 4,
          shareOfStart: 0.4,
          conversionToNext: null,
          dropOff: null,
          medianSecondsToNext: null,
          p90SecondsToNext: null,
        },
      ],
    },
    paths: {
      level: 'stage',
      customers: 10,
      variants: [
        { sequence: [look?.id ?? '', buy?.id ?? ''], customers: 4, share: 0.4 },
        { sequence: [look?.id ?? ''], customers: 6, share: 0.6 },
      ],
    },
    suggestions: [
      {
        kind: 'painPoint',
        title: '<b>60%</b> leave before buying',
        at: look?.steps[0]?.id ?? '',
        severity: 4,
        reach: 0.6,
        evidence: ['6 of 10 customers'],
      },
      { kind: 'insight', title: 'CSAT 2.9 at checkout', evidence: ['“Too <i>slow</i>”'] },
    ],
  };
}

export function testDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    id: 'd1',
    kind: 'events',
    name: 'events.csv',
    format: 'csv',
    status: 'ready',
    message: null,
    bytes: 1200,
    rowsTaken: 40,
    rowsSkipped: 0,
    skipped: [],
    createdAt: '2026-12-01T09:00:00.000Z',
    ...overrides,
  };
}
