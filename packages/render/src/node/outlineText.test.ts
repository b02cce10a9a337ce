import { describe, expect, it } from 'vitest';
import type { TextItem } from '../scene/scene.js';
import { measureText } from '../text/measure.js';
import { fontFiles } from './fonts.js';
import { createTextOutliner } from './outlineText.js';

const item = (fields: Partial<TextItem>): TextItem => ({
  kind: 'text',
  x: 100,
  y: 50,
  lines: ['Checkout'],
  size: 13,
  weight: 400,
  lineHeight: 18,
  fill: '#123456',
  anchor: 'start',
  width: 0,
  ...fields,
});

const translates = (svg: string) =>
  [...svg.matchAll(/translate\(([\d.-]+) ([\d.-]+)\) scale\(([\d.]+) /g)].map(([, x, y, s]) => ({
    x: Number(x),
    y: Number(y),
    scale: Number(s),
  }));

describe('createTextOutliner', () => {
  const outline = createTextOutliner(fontFiles(), true);

  it('draws each line as a filled path at its baseline', () => {
    const svg = outline(item({ lines: ['Checkout', 'and pay'] }));
    expect(svg.match(/<path /g)).toHaveLength(2);
    expect(svg).toContain('fill="#123456"');
    expect(translates(svg).map((t) => [t.x, t.y])).toEqual([
      [100, 50],
      [100, 68],
    ]);
    expect(svg).not.toContain('<text');
  });

  it('anchors text by the width the layout measured', () => {
    const width = measureText('Checkout', { size: 13, weight: 400 });
    expect(translates(outline(item({ anchor: 'end' })))[0]?.x).toBeCloseTo(100 - width, 1);
    expect(translates(outline(item({ anchor: 'middle' })))[0]?.x).toBeCloseTo(100 - width / 2, 1);
  });

  it('sets CJK in the CJK font (1000 units per em) and Latin in Inter (2048)', () => {
    const runs = translates(outline(item({ lines: ['Li 李明'], size: 10 })));
    expect(runs).toHaveLength(2);
    expect(runs[0]?.scale).toBeCloseTo((10 * 8) / 2048, 5);
    expect(runs[1]?.scale).toBeCloseTo((10 * 8) / 1000, 5);
    expect(runs[1]?.x).toBeCloseTo(100 + measureText('Li ', { size: 10, weight: 400 }), 1);
  });

  it('draws nothing for blank text and escapes the colour', () => {
    expect(outline(item({ lines: ['   '] }))).toBe('');
    expect(outline(item({ fill: '"><script>' }))).toContain('fill="&quot;&gt;&lt;script&gt;"');
  });
});
