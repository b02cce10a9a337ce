import { useEffect, useState } from 'react';
import { exportPath, journeyPath } from '../api/paths';
import type { JourneySummary, LintReport } from '../api/types';
import { useApp } from '../app/AppContext';
import { RouteLink } from '../ui/RouteLink';
import { StatusBadge } from './StatusBadge';

/** One journey in the library: its map as a thumbnail, status, health score, owner, personas. */
export function JourneyCard({ workspace, journey }: { workspace: string; journey: JourneySummary }) {
  const health = useHealth(workspace, journey);
  return (
    <li className="journey-card">
      <RouteLink to={{ screen: 'editor', workspace, journey: journey.id }} className="journey-card-link">
        <div className="thumbnail">
          <img
            src={`${exportPath(workspace, journey.id, 'svg')}&r=${journey.revision}`}
            alt=""
            loading="lazy"
            decoding="async"
          />
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
              <dt>Personas</dt>
              <dd>{journey.personas.length > 0 ? journey.personas.join(', ') : 'None'}</dd>
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

function useHealth(workspace: string, journey: JourneySummary): number | undefined {
  const { api } = useApp();
  const [score, setScore] = useState<number | undefined>(undefined);
  useEffect(() => {
    let live = true;
    api
      .get<LintReport>(`${journeyPath(workspace, journey.id)}/lint`)
      .then((report) => live && setScore(Math.round(report.health.score)))
      .catch(() => live && setScore(undefined));
    return () => {
      live = false;
    };
  }, [api, workspace, journey.id]);
  return score;
}
