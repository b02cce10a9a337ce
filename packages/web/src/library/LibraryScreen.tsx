import { lazy, Suspense, useState } from 'react';
import { canEdit } from '../api/types';
import { useApp } from '../app/AppContext';
import { ErrorNote } from '../ui/ErrorNote';
import { CollectionPage } from './CollectionPage';
import { JourneyCard } from './JourneyCard';
import {
  filterJourneys,
  type SortOrder,
  type StatusFilter,
  sortJourneys,
  useJourneyList,
} from './useJourneyList';
import { useNearViewport } from './useNearViewport';

// The gallery draws every template with render: its own chunk, loaded when the dialog opens.
const NewJourneyDialog = lazy(() =>
  import('./NewJourneyDialog').then((m) => ({ default: m.NewJourneyDialog })),
);

/** The workspace home: every journey as a card, searchable, filtered by status; new journeys start here. */
export function LibraryScreen({ workspace }: { workspace: string }) {
  const { api, me } = useApp();
  const [status, setStatus] = useState<StatusFilter>('');
  const [query, setQuery] = useState('');
  const [stale, setStale] = useState(false);
  const [order, setOrder] = useState<SortOrder>('updated');
  const [creating, setCreating] = useState(false);
  const { journeys, error } = useJourneyList(api, workspace, { status, stale });
  const watch = useNearViewport();
  const role = me?.workspaces.find((w) => w.slug === workspace)?.role;
  const shown = journeys ? sortJourneys(filterJourneys(journeys, query), order) : undefined;
  return (
    <CollectionPage
      workspace={workspace}
      title="Journeys"
      lead={journeys && `${journeys.length} ${journeys.length === 1 ? 'map' : 'maps'} in this workspace`}
      {...(role && canEdit(role)
        ? { action: { label: 'New journey', onClick: () => setCreating(true) } }
        : {})}
    >
      <search className="library-filters">
        <label className="search-box">
          <span className="visually-hidden">Search journeys</span>
          <input
            type="search"
            placeholder="Search by title, owner, persona or tag"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
        <label className="filter">
          <span>Status</span>
          <select value={status} onChange={(event) => setStatus(event.target.value as StatusFilter)}>
            <option value="">All</option>
            <option value="draft">Draft</option>
            <option value="in-review">In review</option>
            <option value="published">Published</option>
          </select>
        </label>
        <label className="filter">
          <input type="checkbox" checked={stale} onChange={(event) => setStale(event.target.checked)} />
          <span>Review overdue</span>
        </label>
        <label className="filter">
          <span>Sort</span>
          <select value={order} onChange={(event) => setOrder(event.target.value as SortOrder)}>
            <option value="updated">Last edited</option>
            <option value="title">Title</option>
            <option value="health">Health, weakest first</option>
          </select>
        </label>
      </search>
      <ErrorNote error={error} />
      {shown === undefined && !error && <div className="card-grid-skeleton" aria-busy="true" />}
      {shown !== undefined && shown.length === 0 && (
        <div className="empty-state">
          <h2>{journeys && journeys.length > 0 ? 'No journey matches' : 'No journeys yet'}</h2>
          <p>
            {journeys && journeys.length > 0
              ? 'Try other words, or clear the filters.'
              : 'Start from a template, a blank map or a YAML file.'}
          </p>
        </div>
      )}
      {shown !== undefined && shown.length > 0 && (
        <ul className="card-grid" aria-label="Journeys">
          {shown.map((journey) => (
            <JourneyCard key={journey.id} workspace={workspace} journey={journey} watch={watch} />
          ))}
        </ul>
      )}
      {creating && (
        <Suspense fallback={null}>
          <NewJourneyDialog
            workspace={workspace}
            takenIds={journeys?.map((j) => j.id) ?? []}
            onClose={() => setCreating(false)}
          />
        </Suspense>
      )}
    </CollectionPage>
  );
}
