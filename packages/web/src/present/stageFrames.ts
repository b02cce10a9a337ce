import type { MapLayout } from '@waymark/render';

// What the presentation shows at each slide: the whole map first, then each stage, as the part of
// the drawing it spans (x and width in map units; the height is always the map's). Pure.

export interface StageFrame {
  /** "Overview" or the stage's name. */
  readonly label: string;
  readonly stageId?: string;
  readonly x: number;
  readonly width: number;
}

/** Room kept around a stage so its edge cards are not cut. */
const PAD = 24;

/**
 * The whole map, then each stage's columns with a margin. A stage narrower than `minWidth` is shown
 * with its neighbours' edges around it, centred, so a one-step stage is not blown up to poster size.
 */
export function stageFrames(
  layout: Pick<MapLayout, 'width' | 'columns'>,
  stages: readonly { readonly id: string; readonly name: string }[],
  { minWidth = 1200 }: { readonly minWidth?: number } = {},
): StageFrame[] {
  const frames: StageFrame[] = [{ label: 'Overview', x: 0, width: layout.width }];
  for (const stage of stages) {
    const columns = layout.columns.filter((column) => column.stageId === stage.id);
    if (columns.length === 0) continue;
    const from = Math.min(...columns.map((c) => c.x)) - PAD;
    const to = Math.max(...columns.map((c) => c.x + c.width)) + PAD;
    const width = Math.min(layout.width, Math.max(to - from, minWidth));
    const x = Math.min(Math.max(0, (from + to) / 2 - width / 2), layout.width - width);
    frames.push({ label: stage.name, stageId: stage.id, x, width });
  }
  return frames;
}

/** The slide a key moves to (undefined for keys that do not move; ↑ ↓ scroll a zoomed stage). */
export function slideForKey(key: string, current: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return Math.min(count - 1, current + 1);
    case 'ArrowLeft':
    case 'PageUp':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
