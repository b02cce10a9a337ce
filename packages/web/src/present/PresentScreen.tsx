import { journeyPath } from '../api/paths';
import { useApp } from '../app/AppContext';
import { ErrorNote } from '../ui/ErrorNote';
import { RouteLink } from '../ui/RouteLink';
import { PresentView } from './PresentView';
import { useJourneyDocument } from './useJourneyDocument';

/** `/w/:ws/j/:id/present`: a member presents a journey; Escape goes back to the editor. */
export function PresentScreen({ workspace, journey }: { workspace: string; journey: string }) {
  const { api, navigate } = useApp();
  const document = useJourneyDocument(api, journeyPath(workspace, journey), 'document');
  if (document.state === 'ready')
    return (
      <PresentView
        journey={document.journey}
        onExit={() => navigate({ screen: 'editor', workspace, journey })}
      />
    );
  return (
    <main className="present-waiting" aria-busy={document.state === 'loading'}>
      {document.state === 'loading' ? (
        <p>Opening the presentation…</p>
      ) : (
        <>
          <h1>This journey cannot be presented</h1>
          <ErrorNote error={document.error} />
          <RouteLink to={{ screen: 'library', workspace }} className="button primary">
            Back to the journeys
          </RouteLink>
        </>
      )}
    </main>
  );
}
