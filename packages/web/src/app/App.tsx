import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { type ApiClient, ApiError } from '../api/ApiClient';
import type { Me } from '../api/types';
import { InviteScreen } from '../auth/InviteScreen';
import { SetupScreen } from '../auth/SetupScreen';
import { SignInScreen } from '../auth/SignInScreen';
import { SignUpScreen } from '../auth/SignUpScreen';
import { LibraryScreen } from '../library/LibraryScreen';
import { journeyListPath } from '../library/useJourneyList';
import { AccountScreen } from '../settings/AccountScreen';
import { MembersScreen } from '../settings/MembersScreen';
import { AppContext, type AppServices } from './AppContext';
import { HomeScreen } from './HomeScreen';
import { NotFoundScreen } from './NotFoundScreen';
import type { Route } from './routes';
import { useRoute } from './useRoute';

// The editor (Yjs, the collaboration client) and the presentation are their own chunks, so the
// library, sign-in and share links load less. Opening the editor's address fetches its chunk while
// the app asks who is signed in, not after (prefetchFor; the module system loads it once).
const loadEditor = () => import('../editor/EditorScreen');
const EditorScreen = lazy(() => loadEditor().then((m) => ({ default: m.EditorScreen })));
const PresentScreen = lazy(() =>
  import('../present/PresentScreen').then((m) => ({ default: m.PresentScreen })),
);
const PersonasScreen = lazy(() =>
  import('../personas/PersonasScreen').then((m) => ({ default: m.PersonasScreen })),
);
const SharedScreen = lazy(() => import('../present/SharedScreen').then((m) => ({ default: m.SharedScreen })));

/**
 * What the screen at the address will ask for, asked at once, before React first renders (main.tsx):
 * who is signed in, the library's list, the editor's chunk — in parallel instead of one after another.
 */
export function prefetchFor(route: Route, api: ApiClient): void {
  if (route.screen === 'shared') return;
  api.prefetch(mePath);
  if (route.screen === 'library')
    api.prefetch(journeyListPath(route.workspace, { status: '', stale: false }));
  if (route.screen === 'editor') void loadEditor();
}

const mePath = '/api/v1/me';

/** The app: who is signed in, and the screen the address asks for. */
export function App({ api }: { api: ApiClient }) {
  const { route, navigate } = useRoute();
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const refreshMe = useCallback(async () => {
    try {
      const next = await api.get<Me>(mePath);
      setMe(next);
      return next;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        setMe(null);
        return null;
      }
      throw error;
    }
  }, [api]);
  // A share link is for people without an account: it never asks who is signed in.
  const shared = route.screen === 'shared';
  useEffect(() => {
    if (shared) setMe(null);
    else refreshMe().catch(() => setMe(null));
  }, [refreshMe, shared]);
  const services = useMemo<AppServices>(
    () => ({ api, me: me ?? null, refreshMe, navigate }),
    [api, me, refreshMe, navigate],
  );
  if (me === undefined) return <div className="loading-screen" aria-busy="true" />;
  return (
    <AppContext.Provider value={services}>
      <Suspense fallback={<div className="loading-screen" aria-busy="true" />}>
        {screenFor(route, me)}
      </Suspense>
    </AppContext.Provider>
  );
}

function screenFor(route: ReturnType<typeof useRoute>['route'], me: Me | null) {
  switch (route.screen) {
    case 'setup':
      return <SetupScreen token={route.token} />;
    case 'sign-in':
      return <SignInScreen />;
    case 'sign-up':
      return <SignUpScreen />;
    case 'home':
      return <HomeScreen />;
    case 'invite':
      return <InviteScreen token={route.token} />;
    case 'account':
      return me ? <AccountScreen /> : <SignInScreen />;
    case 'members':
      return me ? <MembersScreen key={route.workspace} workspace={route.workspace} /> : <SignInScreen />;
    case 'personas':
      return me ? <PersonasScreen key={route.workspace} workspace={route.workspace} /> : <SignInScreen />;
    case 'library':
      return me ? <LibraryScreen key={route.workspace} workspace={route.workspace} /> : <SignInScreen />;
    case 'editor':
      return me ? (
        <EditorScreen
          key={`${route.workspace}/${route.journey}`}
          workspace={route.workspace}
          journey={route.journey}
        />
      ) : (
        <SignInScreen />
      );
    case 'present':
      return me ? (
        <PresentScreen
          key={`${route.workspace}/${route.journey}`}
          workspace={route.workspace}
          journey={route.journey}
        />
      ) : (
        <SignInScreen />
      );
    case 'shared':
      return <SharedScreen key={route.token} token={route.token} />;
    case 'not-found':
      return <NotFoundScreen />;
  }
}
