import { describe, expect, it } from 'vitest';
import { ANALYSIS_FORMAT_VERSION, AnalysisDocument, analysisJsonSchema } from './analysis.js';

const minimal = {
  journey: 'shop',
  generatedAt: '2024-02-01T00:00:00.000Z',
  inputs: {},
  customers: 0,
};

describe('AnalysisDocument', () => {
  it('completes a minimal document with its format version, scope and suggestions', () => {
    expect(AnalysisDocument.parse(minimal)).toEqual({
      ...minimal,
      formatVersion: ANALYSIS_FORMAT_VERSION,
      scope: {},
      suggestions: [],
    });
  });

  it('refuses a document of another format version, shares above 1 and unknown fields', () => {
    expect(AnalysisDocument.safeParse({ ...minimal, formatVersion: 2 }).success).toBe(false);
    const path = { level: 'stage', customers: 1, variants: [{ sequence: ['a'], customers: 1, share: 1.5 }] };
    expect(AnalysisDocument.safeParse({ ...minimal, paths: path }).success).toBe(false);
    expect(AnalysisDocument.safeParse({ ...minimal, colour: 'red' }).success).toBe(false);
  });

  it('has a JSON Schema naming every analysis', () => {
    const schema = analysisJsonSchema() as { properties?: Record<string, unknown> };
    for (const field of [
      'funnel',
      'paths',
      'dfg',
      'conformance',
      'feedback',
      'emotionCurve',
      'comparison',
      'unmatchedEvents',
    ])
      expect(Object.keys(schema.properties ?? {})).toContain(field);
  });
});
