import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../api/ApiClient';
import { journeysPath } from '../api/paths';
import type { JourneySummary } from '../api/types';

export type StatusFilter = '' | 'draft' | 'in-review' | 'published';

/** The workspace's journeys, filtered by status on the server; `reload` after a create. */
export function useJourneyList(api: ApiClient, workspace: string, status: StatusFilter) {
  const [journeys, setJourneys] = useState<readonly JourneySummary[] | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    try {
      const query = status === '' ? '' : `?status=${status}`;
      const answer = await api.get<{ journeys: JourneySummary[] }>(`${journeysPath(workspace)}${query}`);
      setJourneys(answer.journeys);
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  }, [api, workspace, status]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { journeys, error, reload };
}

/** The journeys whose title, tags, owner or personas contain every word of `query` (any case). */
export function filterJourneys(journeys: readonly JourneySummary[], query: string): JourneySummary[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return journeys.filter((journey) => {
    const haystack = [journey.title, journey.id, journey.owner ?? '', ...journey.tags, ...journey.personas]
      .join(' ')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
