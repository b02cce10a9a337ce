import { useEffect, useState } from 'react';
import { AuthLayout } from '../auth/AuthLayout';
import { text, useSubmit } from '../auth/useSubmit';
import { ErrorNote } from '../ui/ErrorNote';
import { Field } from '../ui/Field';
import { useApp } from './AppContext';

/**
 * `/`: the first workspace's library for someone signed in; the first-run note while setup is
 * pending; sign-in otherwise. Someone in no workspace yet creates one here.
 */
export function HomeScreen() {
  const { api, me, navigate, refreshMe } = useApp();
  const [pending, setPending] = useState<boolean | undefined>(undefined);
  const first = me?.workspaces[0];
  useEffect(() => {
    if (first) navigate({ screen: 'library', workspace: first.slug }, { replace: true });
    else if (me === null)
      api
        .get<{ pending: boolean }>('/api/v1/setup')
        .then((answer) => {
          if (answer.pending) setPending(true);
          else navigate({ screen: 'sign-in' }, { replace: true });
        })
        .catch(() => navigate({ screen: 'sign-in' }, { replace: true }));
  }, [api, first, me, navigate]);
  const { busy, error, onSubmit } = useSubmit(async (form) => {
    const created = await api.post<{ slug: string }>('/api/v1/workspaces', { name: text(form, 'name') });
    await refreshMe();
    navigate({ screen: 'library', workspace: created.slug });
  });
  if (pending)
    return (
      <AuthLayout
        title="Waymark is not set up yet"
        lead="Open the one-time setup link the server printed when it started (…/setup?token=…) to create the first account."
      />
    );
  if (me && !first)
    return (
      <AuthLayout
        title="Create a workspace"
        lead="A workspace is your team's home for journeys and personas."
      >
        <form onSubmit={onSubmit} className="stack">
          <Field label="Workspace name" name="name" required placeholder="CX team" />
          <ErrorNote error={error} />
          <button type="submit" className="button primary" disabled={busy}>
            Create workspace
          </button>
        </form>
      </AuthLayout>
    );
  return <div className="loading-screen" aria-busy="true" />;
}
