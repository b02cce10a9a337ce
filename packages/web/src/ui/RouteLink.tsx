import type { ReactNode } from 'react';
import { useApp } from '../app/AppContext';
import { type Route, routePath } from '../app/routes';

/** A real link (it opens in a new tab, it has an address) that navigates inside the app on a plain click. */
export function RouteLink({
  to,
  children,
  className,
}: {
  to: Route;
  children: ReactNode;
  className?: string;
}) {
  const { navigate } = useApp();
  return (
    <a
      href={routePath(to)}
      className={className}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}
