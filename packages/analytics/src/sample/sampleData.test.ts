import { parseJourney, templates } from '@waymark/core';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeJourney } from '../analyzeJourney.js';
import { tempFiles } from '../testing/tempFiles.js';
import { generateSample } from './generateSample.js';
import { writeSample } from './writeSample.js';

const files = tempFiles();
afterAll(() => files.cleanup());

const journeyOf = (id: string) => {
  const template = templates.find((t) => t.id === id);
  const parsed = template && parseJourney(template.source);
  if (!parsed?.ok) throw new Error(`template ${id} does not parse`);
  return parsed.journey;
};

describe('sample data', () => {
  it('is the same for the same seed and differs for another', () => {
    const journey = journeyOf('retail-winter-jacket');
    const run = (seed: number) =>
      [...generateSample(journey, { customers: 50, seed })].flatMap((c) => c.events);
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
  });

  it.each(['retail-winter-jacket', 'saas-onboarding'])(
    '%s: the analyses recover the ground truth',
    async (id) => {
      const journey = journeyOf(id);
      const dir = `${files.dir}/${id}`;
      const { truth, files: written } = await writeSample(journey, dir, { customers: 1500, seed: 42 });
      expect(written.map((f) => f.slice(dir.length + 1))).toEqual([
        'events.csv',
        'survey.csv',
        'events.ndjson',
        'events.parquet',
        'truth.json',
      ]);
      const doc = await analyzeJourney({
        journey,
        events: `${dir}/events.parquet`,
        feedback: `${dir}/survey.csv`,
      });
      // every generated event belongs to a touchpoint: nothing unmatched, every customer counted
      expect(doc.unmatchedEvents?.events).toBe(0);
      expect(doc.inputs.events?.rowsTaken).toBe(truth.events);
      expect(doc.funnel?.stages.map((s) => s.customers)).toEqual(truth.reached.map((r) => r.customers));
      // the designed biggest drop is the biggest measured one
      const measured = [...(doc.funnel?.stages ?? [])]
        .filter((s) => s.dropOff !== null)
        .sort((a, b) => (b.dropOff ?? 0) - (a.dropOff ?? 0))[0];
      expect(measured?.stage).toBe(truth.biggestDropAfter);
      for (const designed of truth.designedDropOff.slice(0, -1)) {
        const stage = doc.funnel?.stages.find((s) => s.stage === designed.stage);
        expect(Math.abs((stage?.dropOff ?? 0) - designed.dropOff)).toBeLessThan(0.08);
      }
      // the pain point shows as the top theme of negative comments, at its touchpoints
      const theme = doc.feedback?.themes[0];
      expect(theme?.phrase).toBe(truth.painPoint.phrase);
      expect(theme?.at.every((at) => truth.painPoint.touchpoints.includes(at))).toBe(true);
      expect(
        doc.suggestions.some((s) => s.kind === 'painPoint' && s.title.includes(truth.painPoint.phrase)),
      ).toBe(true);
      // and as the lowest measured emotion
      const curve = (doc.emotionCurve ?? []).filter((e) => e.persona === null && e.responses >= 10);
      const lowest = [...curve].sort((a, b) => a.score - b.score)[0];
      expect(lowest?.step).toBe(truth.painPoint.step);
    },
  );
});
