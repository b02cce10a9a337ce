import { useEffect, useRef, useState } from 'react';
import { exportPath } from '../api/paths';
import type { JourneySummary } from '../api/types';
import { RouteLink } from '../ui/RouteLink';
import { StatusBadge } from './StatusBadge';

/**
 * One journey in the library: its map as a thumbnail (the current revision's, so it follows edits),
 * status, health score, owner, last review, personas. All from the list: no request per card. The
 * thumbnail's image is made when the card comes near the screen (`watch`, useNearViewport).
 */
export function JourneyCard({
  workspace,
  journey,
  watch,
}: {
  workspace: string;
  journey: JourneySummary;
  watch: (element: Element, onNear: () => void) => () => void;
}) {
  const health = journey.health ?? undefined;
  const thumbnail = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = thumbnail.current;
    if (near || !element) return;
    return watch(element, () => setNear(true));
  }, [watch, near]);
  return (
    <li className="journey-card">
      <RouteLink to={{ screen: 'editor', workspace, journey: journey.id }} className="journey-card-link">
        <div className="thumbnail" ref={thumbnail}>
          {near && (
            <img
              src={`${exportPath(workspace, journey.id, 'svg')}&r=${journey.revision}`}
              alt=""
              decoding="async"
            />
          )}
        </div>
        <div className="journey-card-body">
          <h3>{journey.title}</h3>
          <div className="journey-card-meta">
            <StatusBadge status={journey.status} />
            {health !== undefined && (
              <span className={`health health-${healthBand(health)}`} title="Health score (waymark lint)">
                Health {health}
              </span>
            )}
            {journey.stale && <span className="badge badge-warning">Review overdue</span>}
          </div>
          <dl className="journey-card-facts">
            <div>
              <dt>Owner</dt>
              <dd>{journey.owner ?? 'No owner'}</dd>
            </div>
            <div>
              <dt>Last review</dt>
              <dd>{journey.lastReviewed ?? 'Never'}</dd>
            </div>
            <div>
              <dt>Personas</dt>
              <dd>{journey.personaNames.length > 0 ? journey.personaNames.join(', ') : 'None'}</dd>
            </div>
          </dl>
        </div>
      </RouteLink>
    </li>
  );
}

/** good ≥ 80, fair ≥ 60, poor below. */
export function healthBand(score: number): 'good' | 'fair' | 'poor' {
  if (score >= 80) return 'good';
  if (score >= 60) return 'fair';
  return 'poor';
}
