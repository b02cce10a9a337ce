import type { Path, Step } from '@waymark/core';

/** One card of a path's track: the branch card, a step, or the rejoin/end marker. */
export type TrackSlot =
  | { readonly kind: 'branch'; readonly column: number; readonly row: number }
  | {
      readonly kind: 'step';
      readonly column: number;
      readonly row: number;
      readonly step: Step;
      readonly stepIndex: number;
    }
  | { readonly kind: 'end'; readonly column: number; readonly row: number };

/** Where an alternative path is drawn: its cards in step columns, on one or more rows. */
export interface PathTrack {
  readonly path: Path;
  /** The column of the step the path branches after, when that step is drawn in a column. */
  readonly fromColumn?: number;
  /** Branch card, steps, then the marker, in reading order. */
  readonly slots: readonly TrackSlot[];
  /** How many rows the track takes (more than one only when it is longer than the map is wide). */
  readonly rows: number;
}

/**
 * Lays out one track. The branch card sits in the column of the branch step, the steps follow
 * column by column, and the marker sits in the rejoin column when that lies ahead (else right
 * after the last step). A track that would run past the last column starts further left, so it
 * ends in the last column; one longer than the map is wide starts at column 0 and continues on
 * rows under itself, each row again from column 0.
 */
export function layoutTrack(
  path: Path,
  columnCount: number,
  fromColumn: number | undefined,
  rejoinColumn: number | undefined,
): PathTrack {
  const columns = Math.max(1, columnCount);
  const natural = fromColumn ?? 0;
  const afterSteps = natural + 1 + path.steps.length;
  const endColumn = rejoinColumn !== undefined && rejoinColumn >= afterSteps ? rejoinColumn : afterSteps;
  const length = path.steps.length + 2;
  // Past the last column: shift the whole track left, the marker then right after the last step.
  const start = endColumn < columns ? natural : Math.max(0, columns - length);
  const end = endColumn < columns ? endColumn : start + length - 1;
  const at = (position: number) => ({ column: position % columns, row: Math.floor(position / columns) });
  const slots: TrackSlot[] = [{ kind: 'branch', ...at(start) }];
  path.steps.forEach((step, stepIndex) => {
    slots.push({ kind: 'step', step, stepIndex, ...at(start + 1 + stepIndex) });
  });
  slots.push({ kind: 'end', ...at(end) });
  const last = slots[slots.length - 1];
  return {
    path,
    ...(fromColumn !== undefined ? { fromColumn } : {}),
    slots,
    rows: (last?.row ?? 0) + 1,
  };
}

/** A path step and the path it belongs to. */
export interface PathStepPlace {
  readonly path: Path;
  readonly step: Step;
  /** Index of the step in its path (its label is the path's letter and this plus one). */
  readonly stepIndex: number;
}

/**
 * Lays out every path's track. `columnOf` gives the column of a main-path step (or touchpoint);
 * a path that branches from (or rejoins at) a step of an earlier path uses that step's column.
 * Returns the tracks, the column of every path step (and of its touchpoints), and the path
 * steps drawn in each column (in path order, then step order).
 */
export function layoutPathTracks(
  paths: readonly Path[],
  columnCount: number,
  columnOf: (id: string) => number | undefined,
): {
  tracks: PathTrack[];
  pathStepColumn: Map<string, number>;
  pathStepsByColumn: Map<number, PathStepPlace[]>;
} {
  const pathStepColumn = new Map<string, number>();
  const pathStepsByColumn = new Map<number, PathStepPlace[]>();
  const tracks: PathTrack[] = [];
  const find = (id: string | undefined) =>
    id === undefined ? undefined : (columnOf(id) ?? pathStepColumn.get(id));
  for (const path of paths) {
    const track = layoutTrack(path, columnCount, find(path.from), find(path.rejoin));
    for (const slot of track.slots) {
      if (slot.kind === 'step') {
        pathStepColumn.set(slot.step.id, slot.column);
        for (const touchpoint of slot.step.touchpoints) pathStepColumn.set(touchpoint.id, slot.column);
        const place = { path, step: slot.step, stepIndex: slot.stepIndex };
        const inColumn = pathStepsByColumn.get(slot.column);
        if (inColumn) inColumn.push(place);
        else pathStepsByColumn.set(slot.column, [place]);
      }
    }
    tracks.push(track);
  }
  return { tracks, pathStepColumn, pathStepsByColumn };
}
