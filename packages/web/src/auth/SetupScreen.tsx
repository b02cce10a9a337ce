import { useApp } from '../app/AppContext';
import { ErrorNote } from '../ui/ErrorNote';
import { AuthLayout } from './AuthLayout';
import { NewAccountFields } from './NewAccountFields';
import { text, useSubmit } from './useSubmit';

/** First run: the one-time link the server printed creates the first account (the owner). */
export function SetupScreen({ token }: { readonly token: string }) {
  const { api, refreshMe, navigate } = useApp();
  const { busy, error, onSubmit } = useSubmit(async (form) => {
    await api.post('/api/v1/setup', {
      token,
      name: text(form, 'name'),
      email: text(form, 'email'),
      password: text(form, 'password'),
    });
    await refreshMe();
    navigate({ screen: 'home' }, { replace: true });
  });
  return (
    <AuthLayout
      title="Set up Waymark"
      lead="Create the first account. It becomes the owner of the workspaces on this server."
    >
      {token === '' && (
        <ErrorNote error="This page needs the setup link the server printed when it started (…/setup?token=…)." />
      )}
      <form onSubmit={onSubmit} className="stack">
        <NewAccountFields />
        <ErrorNote error={error} />
        <button type="submit" className="button primary" disabled={busy || token === ''}>
          {busy ? 'Creating…' : 'Create account'}
        </button>
      </form>
    </AuthLayout>
  );
}
