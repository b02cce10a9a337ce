import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/ApiClient';
import type { Me } from '../api/types';
import type { Navigate } from './useRoute';

/** What every screen needs: the API client, who is signed in, and navigation. */
export interface AppServices {
  readonly api: ApiClient;
  readonly me: Me | null;
  /** Reads /me again (after sign-in, sign-out, joining a workspace). */
  readonly refreshMe: () => Promise<Me | null>;
  readonly navigate: Navigate;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (services === null) throw new Error('useApp needs an <AppContext.Provider> (see App.tsx)');
  return services;
}
