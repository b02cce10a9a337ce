import type { ReactNode } from 'react';
import { TopBar } from '../ui/TopBar';

interface CollectionPageProps {
  readonly workspace: string;
  readonly title: string;
  /** A line under the title (the count); blank while loading, so nothing moves when it arrives. */
  readonly lead: string | undefined;
  /** The page's main action (New journey, New persona), for those who may take it. */
  readonly action?: { readonly label: string; readonly onClick: () => void };
  readonly children: ReactNode;
}

/** A workspace page listing things as cards (journeys, personas): the bar, a title with its count and action. */
export function CollectionPage({ workspace, title, lead, action, children }: CollectionPageProps) {
  return (
    <div className="app-shell">
      <TopBar workspace={workspace} />
      <main className="library">
        <div className="library-head">
          <div>
            <h1>{title}</h1>
            <p className="lead">{lead ?? ' '}</p>
          </div>
          {action && (
            <button type="button" className="button primary" onClick={action.onClick}>
              {action.label}
            </button>
          )}
        </div>
        {children}
      </main>
    </div>
  );
}
