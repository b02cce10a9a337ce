import { useApp } from '../app/AppContext';
import { ErrorNote } from '../ui/ErrorNote';
import { RouteLink } from '../ui/RouteLink';
import { AuthLayout } from './AuthLayout';
import { NewAccountFields } from './NewAccountFields';
import { text, useSubmit } from './useSubmit';

/** Create an account; a workspace owner's invitation link then adds it to their workspace. */
export function SignUpScreen() {
  const { api, refreshMe, navigate } = useApp();
  const { busy, error, onSubmit } = useSubmit(async (form) => {
    await api.post('/api/auth/sign-up/email', {
      name: text(form, 'name'),
      email: text(form, 'email'),
      password: text(form, 'password'),
    });
    await refreshMe();
    navigate({ screen: 'home' }, { replace: true });
  });
  return (
    <AuthLayout title="Create your account">
      <form onSubmit={onSubmit} className="stack">
        <NewAccountFields />
        <ErrorNote error={error} />
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create account'}
        </button>
      </form>
      <p className="auth-switch">
        Have an account? <RouteLink to={{ screen: 'sign-in' }}>Sign in</RouteLink>
      </p>
    </AuthLayout>
  );
}
