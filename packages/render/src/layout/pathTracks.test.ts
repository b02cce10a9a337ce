import { Path } from '@waymark/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutPathTracks, layoutTrack, type PathTrack } from './pathTracks.js';

function path(steps: number, extra: { id?: string; from?: string; rejoin?: string } = {}): Path {
  return Path.parse({
    id: extra.id ?? 'detour',
    name: 'Detour',
    from: extra.from ?? 'main',
    ...(extra.rejoin ? { rejoin: extra.rejoin } : {}),
    steps: Array.from({ length: steps }, (_, i) => ({
      id: `${extra.id ?? 'detour'}-${i + 1}`,
      name: `Step ${i + 1}`,
      touchpoints: [{ id: `${extra.id ?? 'detour'}-tp-${i + 1}`, channel: 'web' }],
    })),
  });
}

/** [column, row] of every slot, in reading order. */
const places = (track: PathTrack) => track.slots.map((slot) => [slot.column, slot.row]);

describe('layoutTrack', () => {
  it('starts at the branch step column and puts the marker at a rejoin column ahead', () => {
    const track = layoutTrack(path(2), 10, 3, 8);
    expect(places(track)).toEqual([
      [3, 0],
      [4, 0],
      [5, 0],
      [8, 0],
    ]);
    expect(track.fromColumn).toBe(3);
  });

  it('puts the marker right after the last step when the path rejoins behind it or ends', () => {
    expect(places(layoutTrack(path(1), 10, 3, 2)).at(-1)).toEqual([5, 0]);
    expect(places(layoutTrack(path(1), 10, 3, undefined)).at(-1)).toEqual([5, 0]);
  });

  it('starts further left when the path would run past the last column, ending in the last column', () => {
    // Food delivery: 12 columns, branches after column 9, two steps, rejoins behind.
    expect(places(layoutTrack(path(2), 12, 9, 10))).toEqual([
      [8, 0],
      [9, 0],
      [10, 0],
      [11, 0],
    ]);
  });

  it('never starts left of column 0: a path longer than the map continues on rows under itself', () => {
    const track = layoutTrack(path(5), 3, 2, undefined);
    expect(places(track)).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [0, 1],
      [1, 1],
      [2, 1],
      [0, 2],
    ]);
    expect(track.rows).toBe(3);
  });

  it('lays a track out on one column when the map has none', () => {
    expect(places(layoutTrack(path(1), 0, undefined, undefined))).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
    ]);
  });

  it('keeps every track inside the columns, in reading order, on one row whenever it fits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 0, max: 20 }),
        fc.nat(),
        fc.option(fc.nat()),
        (columns, steps, from, rejoin) => {
          const fromColumn = from % columns;
          const rejoinColumn = rejoin === null ? undefined : rejoin % columns;
          const track = layoutTrack(path(steps), columns, fromColumn, rejoinColumn);
          const positions = track.slots.map((slot) => slot.row * columns + slot.column);
          for (const slot of track.slots) {
            expect(slot.column).toBeGreaterThanOrEqual(0);
            expect(slot.column).toBeLessThan(columns);
          }
          // Branch and steps are side by side; the marker may skip ahead, never back.
          positions.forEach((position, i) => {
            const previous = positions[i - 1];
            if (previous === undefined) return;
            if (i < positions.length - 1) expect(position).toBe(previous + 1);
            else expect(position).toBeGreaterThan(previous);
          });
          if (steps + 2 <= columns) expect(track.rows).toBe(1);
          const branch = track.slots[0];
          if (track.rows === 1 && branch && branch.column !== fromColumn) {
            // Moved left only as far as needed: the marker ends in the last column.
            expect(track.slots.at(-1)?.column).toBe(columns - 1);
          }
        },
      ),
    );
  });
});

describe('layoutPathTracks', () => {
  it('gives every path step and its touchpoints the column of its card', () => {
    const { pathStepColumn } = layoutPathTracks([path(2)], 6, (id) => (id === 'main' ? 1 : undefined));
    expect(pathStepColumn.get('detour-1')).toBe(2);
    expect(pathStepColumn.get('detour-tp-1')).toBe(2);
    expect(pathStepColumn.get('detour-2')).toBe(3);
  });

  it('branches a path from a step of an earlier path at that step’s column', () => {
    const { tracks } = layoutPathTracks([path(2), path(1, { id: 'second', from: 'detour-2' })], 8, (id) =>
      id === 'main' ? 1 : undefined,
    );
    expect(tracks[1]?.fromColumn).toBe(3);
    expect(places(tracks[1] as PathTrack)[0]).toEqual([3, 0]);
  });
});
