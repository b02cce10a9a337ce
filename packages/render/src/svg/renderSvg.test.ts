import { Journey } from '@waymark/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbJourney } from '../../../../test/arbitraries.js';
import { hostileJourney, richJourney, tinyJourney } from '../../../../test/golden/journeys.js';
import { checkWellFormedSvg } from '../../../../test/golden/wellFormed.js';
import { renderSvg } from './renderSvg.js';

const classes = (svg: string, prefix: string) =>
  [...svg.matchAll(/class="([^"]*)"/g)]
    .flatMap((match) => (match[1] ?? '').split(' '))
    .filter((c) => c.startsWith(prefix));

describe('renderSvg', () => {
  it('never throws and writes well-formed SVG with unique ids for any journey', () => {
    fc.assert(
      fc.property(arbJourney(), (journey) => {
        const svg = renderSvg(journey);
        const ids = checkWellFormedSvg(svg);
        expect(new Set(ids).size).toBe(ids.length);
        expect(svg.toLowerCase()).not.toContain('<script');
      }),
      { numRuns: 150 },
    );
  });

  it('escapes user text: a <script> title shows as text', () => {
    const svg = renderSvg(hostileJourney());
    checkWellFormedSvg(svg);
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/<img/i);
    expect(svg).toContain('<title id="wm-');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('&quot;quotes&quot; &apos;single&apos;');
  });

  it('draws a journey with nothing in it yet', () => {
    const svg = renderSvg(Journey.parse({ id: 'empty', title: 'Empty' }));
    checkWellFormedSvg(svg);
    expect(svg).toContain('This journey has no stages yet.');
  });

  it('is deterministic: the same input gives the same bytes', () => {
    expect(renderSvg(richJourney())).toBe(renderSvg(richJourney()));
    expect(renderSvg(richJourney(), { theme: 'dark' })).toBe(renderSvg(richJourney(), { theme: 'dark' }));
  });

  it('prefixes every id, so two maps on one page share none', () => {
    const a = checkWellFormedSvg(renderSvg(richJourney(), { idPrefix: 'left' }));
    const b = checkWellFormedSvg(renderSvg(richJourney(), { idPrefix: 'right' }));
    expect(a.length).toBeGreaterThan(20);
    expect(a.every((id) => id.startsWith('left-'))).toBe(true);
    expect(b.every((id) => id.startsWith('right-'))).toBe(true);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
    const references = [
      ...renderSvg(richJourney(), { idPrefix: 'left' }).matchAll(/aria-labelledby="([^"]*)"/g),
    ];
    expect(references[0]?.[1]).toBe('left-title left-desc');
  });

  it('derives a stable default prefix from the journey id', () => {
    const ids = checkWellFormedSvg(renderSvg(tinyJourney()));
    const prefix = ids[0]?.split('-').slice(0, 2).join('-');
    expect(prefix).toMatch(/^wm-[a-z0-9]+$/);
    expect(ids.every((id) => id.startsWith(`${prefix}-`))).toBe(true);
  });

  it('is accessible: role, title, description, viewBox, the font stack', () => {
    const svg = renderSvg(richJourney());
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+" role="img"/,
    );
    expect(svg).toContain(`font-family="Inter, &apos;Noto Sans SC&apos;, sans-serif"`);
    expect(svg).toMatch(/<desc id="[^"]+">Customer journey map “Buying a winter jacket online/);
    expect(svg).toMatch(/^<svg [^>]*aria-label="Buying a winter jacket online — first-time buyers/);
  });

  it('marks every element group with data-id for the web app', () => {
    const svg = renderSvg(richJourney());
    for (const id of [
      'feels-cold',
      'a1',
      'checkout',
      'price-unclear',
      'photos-true',
      'price-match',
      'conversion',
      'out-of-stock',
      'shopper',
      'awareness',
    ]) {
      expect(svg).toContain(`data-id="${id}"`);
    }
  });

  it('draws only the lanes asked for', () => {
    const svg = renderSvg(richJourney(), { lanes: ['touchpoints', 'painPoints'] });
    const lanes = classes(svg, 'wm-lane-').filter((name) => name !== 'wm-lane-label');
    expect([...new Set(lanes)]).toEqual(['wm-lane-touchpoints', 'wm-lane-painPoints']);
    expect(svg).not.toContain('wm-emotion');
    expect(svg).not.toContain('line of visibility');
  });

  it('draws the curves of the chosen personas only', () => {
    const all = renderSvg(richJourney());
    const one = renderSvg(richJourney(), { personas: ['loyal'] });
    expect(all).toContain('wm-emotion wm-persona-shopper');
    expect(one).not.toContain('wm-emotion wm-persona-shopper');
    expect(one).toContain('wm-emotion wm-persona-loyal');
  });

  it('changes colours with the theme', () => {
    const background = (svg: string) =>
      /<rect x="0" y="0" width="\d+" height="\d+" fill="(#[0-9A-F]+)"/.exec(svg)?.[1];
    expect(background(renderSvg(richJourney()))).toBe('#FFFFFF');
    expect(background(renderSvg(richJourney(), { theme: 'dark' }))).toBe('#12161C');
    const print = renderSvg(richJourney(), { theme: 'print' });
    expect(print).toContain('wm-theme-print');
    expect(print).toContain('stroke-dasharray="9 5"');
    expect(print).not.toBe(renderSvg(richJourney()));
    // In print the emotion pills name their persona, when there is room for it.
    expect(renderSvg(richJourney(), { theme: 'print', personas: ['shopper', 'loyal'] })).toContain(
      '>BS −1.5</text>',
    );
    expect(renderSvg(richJourney(), { personas: ['shopper', 'loyal'] })).toContain('>−1.5</text>');
  });

  it('fits the map onto a landscape page when asked', () => {
    const svg = renderSvg(richJourney(), { page: 'a3' });
    expect(svg).toMatch(/^<svg [^>]*width="1587" height="1123"/);
    checkWellFormedSvg(svg);
  });

  it('draws the line of visibility between frontstage and backstage', () => {
    const svg = renderSvg(richJourney());
    expect(svg).toContain('>line of visibility</text>');
    expect(svg.indexOf('wm-lane-frontstage')).toBeLessThan(svg.indexOf('line of visibility'));
    expect(svg.indexOf('line of visibility')).toBeLessThan(svg.indexOf('wm-lane wm-lane-backstage'));
  });
});
