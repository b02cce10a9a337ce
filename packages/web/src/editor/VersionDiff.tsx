import type { VersionDiff } from '../api/types';

/** What changed since a version: the server's diff (core's diffJourneys), one readable line per change. */
export function VersionDiffList({ version, diff }: { version: number; diff: VersionDiff }) {
  const counts = Object.entries(diff.counts)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
  return (
    <section className="version-diff" aria-label={`Changes since version ${version}`}>
      <h3>Since version {version}</h3>
      {diff.changes.length === 0 ? (
        <p className="hint">No differences</p>
      ) : (
        <>
          <p className="hint">{counts}</p>
          <ul className="diff-changes">
            {diff.changes.map((change) => (
              <li
                key={`${change.kind}:${change.element}:${change.summary}`}
                className={`diff-${change.kind}`}
              >
                {change.summary}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
