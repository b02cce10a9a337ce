import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiClient, ApiError } from '../api/ApiClient';
import type { Me } from '../api/types';
import { InviteScreen } from '../auth/InviteScreen';
import { SetupScreen } from '../auth/SetupScreen';
import { SignInScreen } from '../auth/SignInScreen';
import { SignUpScreen } from '../auth/SignUpScreen';
import { EditorScreen } from '../editor/EditorScreen';
import { LibraryScreen } from '../library/LibraryScreen';
import { AccountScreen } from '../settings/AccountScreen';
import { MembersScreen } from '../settings/MembersScreen';
import { AppContext, type AppServices } from './AppContext';
import { HomeScreen } from './HomeScreen';
import { NotFoundScreen } from './NotFoundScreen';
import { useRoute } from './useRoute';

/** The app: who is signed in, and the screen the address asks for. */
export function App() {
  const api = useMemo(() => new ApiClient(), []);
  const { route, navigate } = useRoute();
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const refreshMe = useCallback(async () => {
    try {
      const next = await api.get<Me>('/api/v1/me');
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
  useEffect(() => {
    refreshMe().catch(() => setMe(null));
  }, [refreshMe]);
  const services = useMemo<AppServices>(
    () => ({ api, me: me ?? null, refreshMe, navigate }),
    [api, me, refreshMe, navigate],
  );
  if (me === undefined) return <div className="loading-screen" aria-busy="true" />;
  return <AppContext.Provider value={services}>{screenFor(route, me)}</AppContext.Provider>;
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
    case 'not-found':
      return <NotFoundScreen />;
  }
}
