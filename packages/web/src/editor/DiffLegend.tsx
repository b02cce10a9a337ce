import { type DiffHighlights, highlightKinds } from './diffHighlights';

const words = { added: 'Added', changed: 'Changed', moved: 'Moved', removed: 'Removed' } as const;

/**
 * What the outlines on the map mean, with how many of each; removed elements are no longer on
 * the map, and some changes (the journey's own fields) have nothing to outline: the legend says so.
 */
export function DiffLegend({ highlights }: { highlights: DiffHighlights }) {
  return (
    <aside className="diff-legend" aria-label="Changes outlined on the map">
      <ul className="plain-list">
        {highlightKinds.map((kind) => {
          const { total, outlined } = highlights.counts[kind];
          if (total === 0) return null;
          const hidden = total - outlined;
          return (
            <li key={kind}>
              <span className={`diff-swatch diff-outline-${kind}`} aria-hidden="true" />
              {words[kind]} {total}
              {hidden > 0 && (
                <span className="muted">
                  {' '}
                  ({kind === 'removed' ? 'not on the map' : `${hidden} not drawn`})
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
