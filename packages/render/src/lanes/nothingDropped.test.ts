import { allSteps, blueprintLanes, Journey } from '@waymark/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbJourney } from '../../../../test/arbitraries.js';
import { escapeXml } from '../svg/escapeXml.js';
import { renderSvg } from '../svg/renderSvg.js';

const squeeze = (text: string) => text.replace(/\s+/gu, '');

/**
 * The visible text of an SVG: the content of each `<text>` element (its lines joined, without
 * whitespace, since wrapping drops the spaces it breaks at). `<title>` tooltips do not count.
 */
function visibleTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[\s>][^>]*>([\s\S]*?)<\/text>/g)].map((match) =>
    squeeze((match[1] ?? '').replace(/<[^>]*>/g, '')),
  );
}

/** What a user wrote that the map must show somewhere (a label says where it comes from). */
function userTexts(journey: Journey): { what: string; text: string }[] {
  const texts: { what: string; text: string }[] = [];
  const add = (what: string, text: string | undefined) => {
    if (text !== undefined && text.trim() !== '') texts.push({ what, text });
  };
  for (const { step, path } of allSteps(journey)) {
    for (const lane of blueprintLanes) {
      for (const line of step.blueprint[lane]) add(`${lane} of step ${step.id}`, line);
    }
    if (!path) continue;
    // Everything else on a path step is on its card in the paths lane.
    add(`path step ${step.id}`, step.name);
    add(`description of path step ${step.id}`, step.description);
    add(`moment of truth of path step ${step.id}`, step.momentOfTruth?.reason);
    add(`detail of path step ${step.id}`, step.detail);
    for (const thought of step.thoughts) add(`thought on path step ${step.id}`, thought);
    for (const [persona, emotion] of Object.entries(step.emotions)) {
      for (const thought of emotion.thoughts) add(`${persona}'s thought on path step ${step.id}`, thought);
    }
    for (const touchpoint of step.touchpoints) {
      add(`touchpoint ${touchpoint.id}`, touchpoint.name);
      add(`department of touchpoint ${touchpoint.id}`, touchpoint.department);
      add(`moment of truth of touchpoint ${touchpoint.id}`, touchpoint.momentOfTruth?.reason);
    }
  }
  for (const metric of journey.metrics) add(`metric ${metric.id}`, metric.name);
  for (const pain of journey.painPoints) add(`pain point ${pain.id}`, pain.title);
  for (const gain of journey.gains) add(`gain ${gain.id}`, gain.title);
  return texts;
}

/** The user texts that appear, escaped, in no visible text of the map. */
function missing(journey: Journey): string[] {
  const shown = visibleTexts(renderSvg(journey));
  return userTexts(journey)
    .filter(({ text }) => {
      const needle = squeeze(escapeXml(text));
      return !shown.some((line) => line.includes(needle));
    })
    .map(({ what, text }) => `${what}: ${JSON.stringify(text)}`);
}

describe('nothing a user wrote is dropped', () => {
  it('finds text only where it is drawn, escaped, not in tooltips', () => {
    const svg =
      '<svg><title>hidden &amp; only a tooltip</title><text x="1"><tspan>Fish &amp;</tspan><tspan>chips</tspan></text></svg>';
    expect(visibleTexts(svg)).toEqual(['Fish&amp;chips']);
  });

  it('shows what is at the steps of a path even on a map without stages (a journey built in code)', () => {
    const journey = Journey.parse({
      id: 'no-stages',
      title: 'No stages yet',
      paths: [
        {
          id: 'p',
          name: 'Drafted path',
          from: 'nowhere',
          steps: [{ id: 's', name: 'Calls us', blueprint: { backstage: ['Agent takes notes'] } }],
        },
      ],
      painPoints: [{ id: 'pain', title: 'Long queue', at: 's' }],
      metrics: [{ id: 'm', name: 'Calls answered', at: 's' }],
    });
    expect(missing(journey)).toEqual([]);
  });

  it('shows every blueprint line, metric, pain point, gain and path step of any journey', () => {
    fc.assert(
      fc.property(arbJourney(), (journey) => {
        expect(missing(journey)).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });

  it('shows everything written on alternative path steps', () => {
    fc.assert(
      fc.property(
        arbJourney({ maxStages: 3, maxSteps: 3 }).filter((journey) =>
          journey.paths.some((path) => path.steps.length > 0),
        ),
        (journey) => {
          expect(missing(journey)).toEqual([]);
        },
      ),
      { numRuns: 120 },
    );
  });
});
