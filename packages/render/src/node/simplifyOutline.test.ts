import type { PathCommand } from 'fontkit';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { fontFiles } from './fonts.js';
import { simplifyOutline } from './simplifyOutline.js';

type Point = [number, number];

/** Points along an outline, 64 per segment, contour by contour. */
function trace(commands: readonly PathCommand[]): Point[][] {
  const contours: Point[][] = [];
  let points: Point[] = [];
  let at: Point = [0, 0];
  let start: Point = [0, 0];
  for (const { command, args } of commands) {
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = args;
    const curve = (point: (t: number) => Point) => {
      for (let i = 1; i <= 64; i += 1) points.push(point(i / 64));
    };
    const from = at;
    if (command === 'moveTo') {
      if (points.length > 0) contours.push(points);
      at = [a, b];
      start = at;
      points = [at];
    } else if (command === 'lineTo') {
      curve((t) => [from[0] + (a - from[0]) * t, from[1] + (b - from[1]) * t]);
      at = [a, b];
    } else if (command === 'quadraticCurveTo') {
      curve((t) => [
        (1 - t) ** 2 * from[0] + 2 * (1 - t) * t * a + t * t * c,
        (1 - t) ** 2 * from[1] + 2 * (1 - t) * t * b + t * t * d,
      ]);
      at = [c, d];
    } else if (command === 'bezierCurveTo') {
      curve((t) => [
        (1 - t) ** 3 * from[0] + 3 * (1 - t) ** 2 * t * a + 3 * (1 - t) * t * t * c + t ** 3 * e,
        (1 - t) ** 3 * from[1] + 3 * (1 - t) ** 2 * t * b + 3 * (1 - t) * t * t * d + t ** 3 * f,
      ]);
      at = [e, f];
    } else {
      at = start;
    }
  }
  if (points.length > 0) contours.push(points);
  return contours;
}

/** The farthest any point of `a` lies from the polyline through `b`. */
function distance(a: readonly Point[], b: readonly Point[]): number {
  let worst = 0;
  for (const [x, y] of a) {
    let best = Number.POSITIVE_INFINITY;
    for (let i = 1; i < b.length; i += 1) {
      const [x1, y1] = b[i - 1] ?? [0, 0];
      const [x2, y2] = b[i] ?? [0, 0];
      const length = (x2 - x1) ** 2 + (y2 - y1) ** 2;
      const t =
        length === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * (x2 - x1) + (y - y1) * (y2 - y1)) / length));
      best = Math.min(best, Math.hypot(x - (x1 + t * (x2 - x1)), y - (y1 + t * (y2 - y1))));
    }
    worst = Math.max(worst, best);
  }
  return worst;
}

describe('simplifyOutline', () => {
  const font = fontkit.openSync(fontFiles().regular);

  it('draws Inter glyphs with far fewer segments, never more than the tolerance away', () => {
    let before = 0;
    let after = 0;
    for (const char of 'aegosS@&8') {
      const commands = font.glyphForCodePoint(char.codePointAt(0) ?? 0).path.commands;
      const simple = simplifyOutline(commands, 8);
      before += commands.length;
      after += simple.length;
      const original = trace(commands);
      const simplified = trace(simple);
      expect(simplified).toHaveLength(original.length);
      original.forEach((contour, index) => {
        // 8 font units, and a little for the polylines the test measures with.
        expect(distance(contour, simplified[index] ?? [])).toBeLessThan(8.5);
        expect(distance(simplified[index] ?? [], contour)).toBeLessThan(8.5);
      });
    }
    expect(after).toBeLessThan(before * 0.6);
  });

  it('keeps lines, corners and contours as they are', () => {
    const square: PathCommand[] = [
      { command: 'moveTo', args: [0, 0] },
      { command: 'lineTo', args: [100, 0] },
      { command: 'quadraticCurveTo', args: [150, 0, 150, 50] },
      { command: 'lineTo', args: [150, 100] },
      { command: 'closePath', args: [] },
    ];
    expect(simplifyOutline(square, 8)).toEqual(square);
  });
});
