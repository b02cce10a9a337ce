import { type AnalysisDocument, type Journey, parseJourney, templates } from '@waymark/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbJourney } from '../../../../test/arbitraries.js';
import { checkLayout } from '../../../../test/support/checkLayout.js';
import type { GroupItem, SceneItem } from '../scene/scene.js';
import { collectTexts } from '../scene/scene.js';
import { renderSvg } from '../svg/renderSvg.js';
import { formatDuration } from './measured.js';

function jacket(): Journey {
  const template = templates.find((candidate) => candidate.id === 'retail-winter-jacket');
  if (!template) throw new Error('no retail-winter-jacket template');
  const result = parseJourney(template.source, { fileName: 'jacket.yaml' });
  if (!result.ok) throw new Error('the template does not parse');
  return result.journey;
}

/** An analysis of the journey: every stage measured, and a measured emotion at every step. */
function analysisOf(journey: Journey): AnalysisDocument {
  const stages = journey.stages.map((stage, i) => {
    const last = i === journey.stages.length - 1;
    const customers = Math.round(1000 * 0.8 ** i);
    return {
      stage: stage.id,
      customers,
      shareOfStart: customers / 1000,
      conversionToNext: last ? null : 0.8,
      dropOff: last ? null : 0.2,
      medianSecondsToNext: last ? null : 7200,
      p90SecondsToNext: last ? null : 86_400,
    };
  });
  const steps = journey.stages.flatMap((stage) => stage.steps);
  const emotionCurve = steps.map((step, i) => ({
    persona: null,
    step: step.id,
    score: (i % 5) - 2,
    designed: null,
    responses: 20,
    comments: 10,
  }));
  return {
    formatVersion: 1,
    journey: journey.id,
    generatedAt: '2026-12-01T10:00:00Z',
    scope: {},
    inputs: {},
    customers: 1000,
    funnel: { mode: 'strict', stages },
    emotionCurve,
    suggestions: [],
  };
}

function groups(items: readonly SceneItem[], className: string): GroupItem[] {
  const found: GroupItem[] = [];
  for (const item of items) {
    if (item.kind !== 'group') continue;
    if (item.className.split(' ').includes(className)) found.push(item);
    found.push(...groups(item.children, className));
  }
  return found;
}

describe('the analysis overlay', () => {
  it('draws a measured point at every measured step and a badge per measured stage', () => {
    const journey = jacket();
    const analysis = analysisOf(journey);
    const layout = checkLayout(journey, { analysis });
    const points = groups(layout.scene.items, 'wm-emotion-measured');
    expect(points.map((point) => point.dataId)).toEqual(analysis.emotionCurve?.map((entry) => entry.step));
    const badges = groups(layout.scene.items, 'wm-measured-stage');
    expect(badges.map((badge) => badge.dataId)).toEqual(journey.stages.map((stage) => stage.id));
    const texts = collectTexts(layout.scene.items).flatMap((text) => text.lines);
    expect(texts).toContain('1,000 customers');
    expect(texts.some((line) => line.includes('80% go on to Consideration · 20% drop off'))).toBe(true);
    expect(texts).toContain('All customers — measured');
    expect(layout.lanes.map((lane) => lane.id)).toContain('measured');
  });

  it('leaves the output byte for byte as it was without an analysis, or with one that matches nothing', () => {
    const journey = jacket();
    const plain = renderSvg(journey);
    expect(renderSvg(journey, {})).toBe(plain);
    const unrelated: AnalysisDocument = {
      ...analysisOf(journey),
      funnel: { mode: 'strict', stages: [] },
      emotionCurve: [
        { persona: null, step: 'not-a-step', score: 1, designed: null, responses: 3, comments: 0 },
      ],
    };
    expect(renderSvg(journey, { analysis: unrelated })).toBe(plain);
    expect(renderSvg(journey, { analysis: analysisOf(journey) })).not.toBe(plain);
  });

  it('draws a persona’s measured curve in the persona’s colour, dashed', () => {
    const journey = jacket();
    const persona = journey.personas[0];
    if (!persona) throw new Error('the template has no persona');
    const base = analysisOf(journey);
    const analysis: AnalysisDocument = {
      ...base,
      emotionCurve: (base.emotionCurve ?? []).map((entry) => ({ ...entry, persona: persona.id })),
    };
    const svg = renderSvg(journey, { analysis });
    expect(svg).toContain(`${persona.name} — measured`);
    expect(svg).toMatch(/stroke-dasharray="7 5"/);
  });

  it('keeps the overlay tidy on a journey without emotions or personas', () => {
    const journey: Journey = { ...jacket(), personas: [] };
    checkLayout(journey, { analysis: analysisOf(journey) });
  });

  it('keeps boxes apart and text inside its box with an analysis, for any journey', () => {
    fc.assert(
      fc.property(arbJourney(), (journey) => {
        checkLayout(journey, { analysis: analysisOf(journey) });
      }),
      { numRuns: 40 },
    );
  });

  it('reads durations at a glance', () => {
    expect(formatDuration(30)).toBe('1 min');
    expect(formatDuration(14 * 60)).toBe('14 min');
    expect(formatDuration(6.5 * 3600)).toBe('6.5 h');
    expect(formatDuration(86_400 * 2)).toBe('2 days');
  });
});
