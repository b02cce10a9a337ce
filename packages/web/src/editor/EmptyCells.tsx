import { memo } from 'react';
import type { EmptyCell } from './emptyCells';

/**
 * The map's empty cells as focusable buttons (data-empty-cell: the cell's number), drawn over the
 * map but see-through to the pointer: the canvas handles their focus and Enter by delegation,
 * like the cards', and a double-click still reaches the place under it.
 */
export const EmptyCells = memo(function EmptyCells({ cells }: { cells: readonly EmptyCell[] }) {
  return (
    <g className="empty-cells">
      {cells.map((empty, n) => (
        // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it acts as one
        <g
          key={`${empty.cell.lane}:${empty.box.x}`}
          role="button"
          tabIndex={0}
          aria-label={empty.label}
          data-empty-cell={n}
        >
          <rect
            x={empty.box.x}
            y={empty.box.y}
            width={empty.box.width}
            height={empty.box.height}
            fill="none"
          />
        </g>
      ))}
    </g>
  );
});
