import type { ReactNode } from 'react';
import { useApp } from '../app/AppContext';
import { Logo } from './Logo';
import { RouteLink } from './RouteLink';

/** The bar over every signed-in screen: the mark, the workspace switcher, what the screen adds, and the person. */
export function TopBar({ workspace, children }: { workspace: string; children?: ReactNode }) {
  const { api, me, navigate, refreshMe } = useApp();
  const signOut = async () => {
    await api.post('/api/auth/sign-out', {});
    await refreshMe();
    navigate({ screen: 'sign-in' }, { replace: true });
  };
  return (
    <header className="top-bar">
      <RouteLink to={{ screen: 'library', workspace }} className="brand">
        <Logo />
        <span>Waymark</span>
      </RouteLink>
      {me && me.workspaces.length > 0 && (
        <label className="workspace-switch">
          <span className="visually-hidden">Workspace</span>
          <select
            value={workspace}
            onChange={(event) => navigate({ screen: 'library', workspace: event.target.value })}
          >
            {me.workspaces.map((option) => (
              <option key={option.slug} value={option.slug}>
                {option.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="top-bar-middle">{children}</div>
      {me && (
        <nav className="top-bar-person" aria-label="Workspace and account">
          {workspace !== '' && (
            <RouteLink to={{ screen: 'personas', workspace }} className="button ghost small">
              Personas
            </RouteLink>
          )}
          {workspace !== '' && (
            <RouteLink to={{ screen: 'members', workspace }} className="button ghost small">
              Members
            </RouteLink>
          )}
          <RouteLink to={{ screen: 'account' }} className="person-link">
            <span className="avatar" aria-hidden="true">
              {initials(me.name)}
            </span>
            <span className="person-name">{me.name}</span>
          </RouteLink>
          <button type="button" className="button ghost small" onClick={() => void signOut()}>
            Sign out
          </button>
        </nav>
      )}
    </header>
  );
}

/** "Ada Lovelace" → "AL". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => [...(word ?? '')][0]?.toUpperCase() ?? '').join('') || '?';
}
