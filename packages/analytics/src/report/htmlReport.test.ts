import type { AnalysisDocument } from '@waymark/core';
import { describe, expect, it } from 'vitest';
import { smallJourney } from '../testing/smallJourney.js';
import { htmlReport } from './htmlReport.js';

const document: AnalysisDocument = {
  formatVersion: 1,
  journey: 'small-shop',
  generatedAt: '2024-02-01T00:00:00.000Z',
  scope: {},
  inputs: {},
  customers: 2,
  funnel: {
    mode: 'strict',
    stages: [
      {
        stage: 'discover',
        customers: 2,
        shareOfStart: 1,
        conversionToNext: 0.5,
        dropOff: 0.5,
        medianSecondsToNext: 60,
        p90SecondsToNext: 60,
      },
      {
        stage: 'buy',
        customers: 1,
        shareOfStart: 0.5,
        conversionToNext: null,
        dropOff: null,
        medianSecondsToNext: null,
        p90SecondsToNext: null,
      },
    ],
  },
  feedback: {
    scores: [],
    sentiment: [],
    themes: [
      {
        phrase: 'delivery <charge>',
        comments: 3,
        at: ['checkout'],
        quotes: ['"</blockquote><script>x()</script>'],
      },
    ],
  },
  suggestions: [{ kind: 'painPoint', title: 'Drop & <b>loss</b>', evidence: ['a < b'] }],
  unmatchedEvents: { events: 1, names: [{ event: '<img src=x onerror=alert(1)>', channel: null, count: 1 }] },
};

describe('htmlReport', () => {
  const html = htmlReport(document, smallJourney());

  it('is one page with the map and the funnel chart, nothing loaded from elsewhere', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect((html.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(html).toContain('aria-label="Stage funnel"');
    expect(html).not.toMatch(/<(script|link|img|iframe)[\s>]/i);
  });

  it('fits the whole map to the page width, with a switch to actual size that needs no script', () => {
    const map = html.slice(html.indexOf('<div class="map">'));
    expect(map).toMatch(/^<div class="map"><svg[^>]*viewBox="0 0 \d+(\.\d+)? \d+/);
    expect(html).toContain('.map svg{display:block;width:100%;height:auto}');
    expect(html).toMatch(
      /<input type="checkbox" id="actual-size"[^>]*> <label for="actual-size"[^>]*>Actual size/,
    );
    expect(html).toContain('#actual-size:checked~.map svg{width:auto}');
  });

  it('draws the map with the analysis overlaid: a measured badge per funnel stage', () => {
    expect(html).toContain('class="wm-measured-stage"');
    expect(html).toMatch(/data-id="discover"[^>]*>[\s\S]*?customers/);
  });

  it('says when the analysis ran in words, keeping the exact instant in the markup', () => {
    const html = htmlReport(document, smallJourney());
    expect(html).toContain('<time datetime="2024-02-01T00:00:00.000Z">1 February 2024 at 00:00 UTC</time>');
  });

  it('escapes every text from the data', () => {
    expect(html).toContain('delivery &lt;charge&gt;');
    expect(html).toContain('&lt;/blockquote&gt;&lt;script&gt;x()&lt;/script&gt;');
    expect(html).toContain('Drop &amp; &lt;b&gt;loss&lt;/b&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
