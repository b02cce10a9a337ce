import { useApp } from '../app/AppContext';
import { ErrorNote } from '../ui/ErrorNote';
import { Field } from '../ui/Field';
import { RouteLink } from '../ui/RouteLink';
import { AuthLayout } from './AuthLayout';
import { text, useSubmit } from './useSubmit';

/** Sign in with email and password (better-auth at /api/auth). */
export function SignInScreen() {
  const { api, refreshMe, navigate } = useApp();
  const { busy, error, onSubmit } = useSubmit(async (form) => {
    await api.post('/api/auth/sign-in/email', {
      email: text(form, 'email'),
      password: text(form, 'password'),
    });
    await refreshMe();
    navigate({ screen: 'home' }, { replace: true });
  });
  return (
    <AuthLayout title="Sign in" lead="Welcome back. Your journeys are waiting.">
      <form onSubmit={onSubmit} className="stack">
        <Field label="Email" name="email" type="email" autoComplete="email" required />
        <Field label="Password" name="password" type="password" autoComplete="current-password" required />
        <ErrorNote error={error} />
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="auth-switch">
        New here? <RouteLink to={{ screen: 'sign-up' }}>Create an account</RouteLink>
      </p>
    </AuthLayout>
  );
}
