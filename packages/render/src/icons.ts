import { findChannel } from '@waymark/core';
import type { GroupItem, SceneItem } from './scene/scene.js';

/** A line glyph drawn in a 24×24 box: stroked paths, circles and dots. */
interface Glyph {
  readonly paths: readonly string[];
  readonly circles?: readonly (readonly [cx: number, cy: number, r: number])[];
  /** Small filled dots. */
  readonly dots?: readonly (readonly [cx: number, cy: number, r: number])[];
}

const envelope = ['M5 5L19 5Q21 5 21 7L21 17Q21 19 19 19L5 19Q3 19 3 17L3 7Q3 5 5 5Z', 'M3.5 7L12 13L20.5 7'];

/** One glyph per known channel (core's channel ids); `other` for any other word. */
const glyphs: Readonly<Record<string, Glyph>> = {
  web: {
    paths: ['M3 12L21 12', 'M12 3C15.5 6 15.5 18 12 21', 'M12 3C8.5 6 8.5 18 12 21'],
    circles: [[12, 12, 9]],
  },
  app: {
    paths: ['M9 2L15 2Q17 2 17 4L17 20Q17 22 15 22L9 22Q7 22 7 20L7 4Q7 2 9 2Z', 'M11 18.5L13 18.5'],
  },
  email: { paths: envelope },
  sms: {
    paths: ['M5 4L19 4Q21 4 21 6L21 14Q21 16 19 16L10 16L6 20L6 16L5 16Q3 16 3 14L3 6Q3 4 5 4Z'],
    dots: [
      [8, 10, 1.2],
      [12, 10, 1.2],
      [16, 10, 1.2],
    ],
  },
  chat: {
    paths: [
      'M4 3L15 3Q17 3 17 5L17 10Q17 12 15 12L8 12L4 15.5L4 12Q2 12 2 10L2 5Q2 3 4 3Z',
      'M20 8Q22 8 22 10L22 15Q22 17 20 17L20 20.5L16 17L11 17Q9 17 9 15L9 14.5',
    ],
  },
  social: {
    paths: ['M8.7 10.6L15.3 6.4', 'M8.7 13.4L15.3 17.6'],
    circles: [
      [18, 5, 3],
      [6, 12, 3],
      [18, 19, 3],
    ],
  },
  ads: {
    paths: [
      'M3 9.5L3 14.5L7 14.5L15 19.5L15 4.5L7 9.5Z',
      'M18.5 8.5Q21 12 18.5 15.5',
      'M7 14.5L8.5 21L11 21L10 16.4',
    ],
  },
  phone: {
    paths: [
      'M5.5 3L9 3L10.8 8L8.6 9.6Q10.2 13.6 14.4 15.4L16 13.2L21 15L21 18.5Q21 21 18.5 21Q11.5 20.5 7 16.5Q3 12.5 3 5.5Q3 3 5.5 3Z',
    ],
  },
  store: {
    paths: ['M3 9L4.8 4L19.2 4L21 9Z', 'M4.5 9L4.5 20L19.5 20L19.5 9', 'M10 20L10 14L14 14L14 20'],
  },
  'in-person': { paths: ['M4.5 21Q4.5 14 12 14Q19.5 14 19.5 21'], circles: [[12, 7.5, 4]] },
  'word-of-mouth': {
    paths: ['M2 20.5Q2 14 8.5 14Q15 14 15 20.5', 'M16.5 12.5Q22 12.5 22 18.5'],
    circles: [
      [8.5, 8, 3.5],
      [16.5, 7, 2.8],
    ],
  },
  mail: {
    paths: [
      'M8 6L17 6Q21 6 21 10L21 18L3 18L3 11Q3 6 8 6Z',
      'M8 6Q13 6 13 11L13 18',
      'M12 18L12 22',
      'M16 10L18 10',
    ],
  },
  delivery: {
    paths: ['M2 6L14 6L14 16L2 16Z', 'M14 9L18.5 9L22 12.5L22 16L14 16'],
    circles: [
      [6, 18, 2],
      [18, 18, 2],
    ],
  },
  product: {
    paths: ['M12 2.5L20.5 7L20.5 17L12 21.5L3.5 17L3.5 7Z', 'M3.5 7L12 11.5L20.5 7', 'M12 11.5L12 21.5'],
  },
  event: {
    paths: [
      'M5 5L19 5Q21 5 21 7L21 19Q21 21 19 21L5 21Q3 21 3 19L3 7Q3 5 5 5Z',
      'M3 10L21 10',
      'M8 3L8 7',
      'M16 3L16 7',
    ],
  },
  kiosk: {
    paths: [
      'M6.5 2.5L17.5 2.5Q19 2.5 19 4L19 13.5Q19 15 17.5 15L6.5 15Q5 15 5 13.5L5 4Q5 2.5 6.5 2.5Z',
      'M12 15L12 20',
      'M7.5 21L16.5 21',
    ],
  },
  partner: {
    paths: [],
    circles: [
      [9, 12, 5.5],
      [15, 12, 5.5],
    ],
  },
  other: { paths: [], circles: [[12, 12, 8.5]], dots: [[12, 12, 2.5]] },
};

/** The glyph id for a touchpoint channel: the known channel it names, else `other`. */
export function channelGlyphId(channel: string): string {
  const known = findChannel(channel)?.id ?? channel;
  return known in glyphs ? known : 'other';
}

/** A channel icon `size` px square with its top-left at (x, y). */
export function channelIcon(channel: string, x: number, y: number, size: number, color: string): GroupItem {
  const glyph = glyphs[channelGlyphId(channel)] ?? { paths: [] };
  const children: SceneItem[] = [
    ...glyph.paths.map(
      (d): SceneItem => ({
        kind: 'path',
        d,
        stroke: color,
        strokeWidth: 1.8,
        lineCap: 'round',
        lineJoin: 'round',
      }),
    ),
    ...(glyph.circles ?? []).map(
      ([cx, cy, r]): SceneItem => ({ kind: 'circle', cx, cy, r, stroke: color, strokeWidth: 1.8 }),
    ),
    ...(glyph.dots ?? []).map(([cx, cy, r]): SceneItem => ({ kind: 'circle', cx, cy, r, fill: color })),
  ];
  return {
    kind: 'group',
    className: `wm-icon wm-icon-${channelGlyphId(channel)}`,
    transform: { x, y, scale: size / 24 },
    children,
  };
}

/** A five-pointed star centred at (cx, cy): the moment-of-truth mark. */
export function starPath(cx: number, cy: number, radius: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i += 1) {
    const r = i % 2 === 0 ? radius : radius * 0.48;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const px = Math.round((cx + r * Math.cos(angle)) * 100) / 100;
    const py = Math.round((cy + r * Math.sin(angle)) * 100) / 100;
    points.push(`${i === 0 ? 'M' : 'L'}${px} ${py}`);
  }
  return `${points.join('')}Z`;
}

/** A small face: smiling for positive, frowning for negative, flat for neutral. */
export function facePaths(cx: number, cy: number, radius: number, mood: -1 | 0 | 1): string[] {
  const r = (value: number) => Math.round(value * 100) / 100;
  const mouthY = cy + radius * 0.38;
  const half = radius * 0.42;
  const bend = radius * 0.3 * mood;
  return [
    `M${r(cx - half)} ${r(mouthY - bend / 2)}Q${r(cx)} ${r(mouthY + bend)} ${r(cx + half)} ${r(mouthY - bend / 2)}`,
  ];
}
