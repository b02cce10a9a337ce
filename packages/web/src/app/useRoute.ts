import { useCallback, useEffect, useState } from 'react';
import { parseRoute, type Route, routePath } from './routes';

export type Navigate = (route: Route, options?: { replace?: boolean }) => void;

/** The current screen from the address bar, and a way to go to another (history API, no reload). */
export function useRoute(): { route: Route; navigate: Navigate } {
  const read = () => parseRoute(window.location.pathname, window.location.search);
  const [route, setRoute] = useState<Route>(read);
  useEffect(() => {
    const onPop = () => setRoute(parseRoute(window.location.pathname, window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback<Navigate>((next, options) => {
    const path = routePath(next);
    if (options?.replace) window.history.replaceState(null, '', path);
    else window.history.pushState(null, '', path);
    setRoute(next);
    window.scrollTo(0, 0);
  }, []);
  return { route, navigate };
}
