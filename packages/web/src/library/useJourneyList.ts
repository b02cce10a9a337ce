import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../api/ApiClient';
import { journeysPath } from '../api/paths';
import type { JourneyList, JourneySummary } from '../api/types';

export type StatusFilter = '' | 'draft' | 'in-review' | 'published';
export type SortOrder = 'updated' | 'title' | 'health';

const pageSize = 500;

export interface ListFilter {
  readonly status: StatusFilter;
  /** Only maps whose review is overdue. */
  readonly stale: boolean;
}

/** The workspace's journeys, filtered by status on the server; `reload` after a create. */
export function useJourneyList(api: ApiClient, workspace: string, { status, stale }: ListFilter) {
  const [journeys, setJourneys] = useState<readonly JourneySummary[] | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    try {
      setJourneys(await fetchAllJourneys(api, workspace, { status, stale }));
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  }, [api, workspace, status, stale]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { journeys, error, reload };
}

/** Every journey of the workspace that passes the filter, page after page (the API answers at most 500 a page). */
export async function fetchAllJourneys(
  api: Pick<ApiClient, 'get'>,
  workspace: string,
  { status, stale }: ListFilter,
): Promise<JourneySummary[]> {
  const all: JourneySummary[] = [];
  for (let total = Number.POSITIVE_INFINITY; all.length < total; ) {
    const page = await api.get<JourneyList>(journeyListPath(workspace, { status, stale }, all.length));
    all.push(...page.journeys);
    // A list that shrank while we read it ends where its pages end.
    total = page.journeys.length === 0 ? all.length : page.total;
  }
  return all;
}

/** The address of one page of the list (the app's boot prefetches the first with the default filter). */
export function journeyListPath(workspace: string, { status, stale }: ListFilter, offset = 0): string {
  const params = new URLSearchParams();
  if (status !== '') params.set('status', status);
  if (stale) params.set('stale', 'true');
  params.set('limit', String(pageSize));
  params.set('offset', String(offset));
  return `${journeysPath(workspace)}?${params}`;
}

/** The journeys whose title, tags, owner or personas contain every word of `query` (any case). */
export function filterJourneys(journeys: readonly JourneySummary[], query: string): JourneySummary[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return journeys.filter((journey) => {
    const haystack = [
      journey.title,
      journey.id,
      journey.owner ?? '',
      ...journey.tags,
      ...journey.personas,
      ...journey.personaNames,
    ]
      .join(' ')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** Newest edit first (the server's order), by title as people read it, or the weakest health first. */
export function sortJourneys(journeys: readonly JourneySummary[], order: SortOrder): JourneySummary[] {
  if (order === 'updated') return [...journeys].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  if (order === 'health')
    return [...journeys].sort(
      (a, b) => (a.health ?? Number.POSITIVE_INFINITY) - (b.health ?? Number.POSITIVE_INFINITY),
    );
  return [...journeys].sort((a, b) => a.title.localeCompare(b.title, undefined, { sensitivity: 'base' }));
}
