import { ApiError } from '../api/ApiClient';
import { sharedPath } from '../api/paths';
import { useApp } from '../app/AppContext';
import { ErrorNote } from '../ui/ErrorNote';
import { PresentView } from './PresentView';
import { useJourneyDocument } from './useJourneyDocument';

/**
 * `/s/:token`: a share link, for anyone, no account. It reads only the public shared API
 * (`/api/v1/shared/:token`: the journey and its title) and shows the read-only presentation; no
 * account UI, nothing else of the workspace.
 */
export function SharedScreen({ token }: { token: string }) {
  const { api } = useApp();
  const document = useJourneyDocument(api, sharedPath(token));
  if (document.state === 'ready') return <PresentView journey={document.journey} />;
  return (
    <main className="present-waiting" aria-busy={document.state === 'loading'}>
      {document.state === 'loading' ? (
        <p>Opening the shared map…</p>
      ) : document.error instanceof ApiError && document.error.status === 404 ? (
        <>
          <h1>Link not found</h1>
          <p>
            This share link does not exist, was revoked, or has expired. Ask whoever sent it for a new one.
          </p>
        </>
      ) : (
        <>
          <h1>The shared map cannot be opened</h1>
          <ErrorNote error={document.error} />
        </>
      )}
    </main>
  );
}
