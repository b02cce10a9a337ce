import { useMemo } from 'react';
import { useApp } from '../app/AppContext';
import { connectionNotice } from '../editor/connectionNotice';
import { presenceUser } from '../editor/presenceColor';
import { useLiveJourney } from '../editor/useLiveJourney';
import { ErrorNote } from '../ui/ErrorNote';
import { RouteLink } from '../ui/RouteLink';
import { PresentView } from './PresentView';

/**
 * `/w/:ws/j/:id/present`: a member presents a journey; Escape goes back to the editor. The
 * journey is the live document (read-only), so the presentation follows everyone's edits as they
 * are made, as the editor does.
 */
export function PresentScreen({ workspace, journey }: { workspace: string; journey: string }) {
  const { me, navigate } = useApp();
  const user = useMemo(() => presenceUser(me), [me]);
  const live = useLiveJourney({ workspace, journey, me: user, readOnly: true });
  if (live.journey)
    return (
      <PresentView journey={live.journey} onExit={() => navigate({ screen: 'editor', workspace, journey })} />
    );
  const problem = live.refusal ?? (live.closed ? connectionNotice(live.closed).title : undefined);
  return (
    <main className="present-waiting" aria-busy={problem === undefined}>
      {problem === undefined ? (
        <p>Opening the presentation…</p>
      ) : (
        <>
          <h1>This journey cannot be presented</h1>
          <ErrorNote error={problem} />
          <RouteLink to={{ screen: 'library', workspace }} className="button primary">
            Back to the journeys
          </RouteLink>
        </>
      )}
    </main>
  );
}
