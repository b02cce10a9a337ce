import { useEffect, useState } from 'react';
import type { Role } from '../api/types';
import { useApp } from '../app/AppContext';
import { ErrorNote } from '../ui/ErrorNote';
import { RouteLink } from '../ui/RouteLink';
import { AuthLayout } from './AuthLayout';
import { useSubmit } from './useSubmit';

interface InvitationInfo {
  readonly workspace: string;
  readonly role: Role;
}

/** An invitation link (`/invite/…`): what it is for, and joining the workspace once signed in. */
export function InviteScreen({ token }: { token: string }) {
  const { api, me, refreshMe, navigate } = useApp();
  const [info, setInfo] = useState<InvitationInfo | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const path = `/api/v1/invitations/${encodeURIComponent(token)}`;
  useEffect(() => {
    api.get<InvitationInfo>(path).then(setInfo, setError);
  }, [api, path]);
  const join = useSubmit(async () => {
    await api.post(`${path}/accept`, {});
    const next = await refreshMe();
    const joined = next?.workspaces.find((workspace) => workspace.name === info?.workspace);
    navigate(joined ? { screen: 'library', workspace: joined.slug } : { screen: 'home' });
  });
  if (error)
    return <AuthLayout title="This invitation cannot be used">{<ErrorNote error={error} />}</AuthLayout>;
  if (!info) return <div className="loading-screen" aria-busy="true" />;
  return (
    <AuthLayout title={`Join ${info.workspace}`} lead={`You are invited as ${info.role}.`}>
      {me ? (
        <form onSubmit={join.onSubmit} className="stack">
          <ErrorNote error={join.error} />
          <button type="submit" className="button primary" disabled={join.busy}>
            Join as {me.name}
          </button>
        </form>
      ) : (
        <p>
          <RouteLink to={{ screen: 'sign-up' }}>Create an account</RouteLink> or{' '}
          <RouteLink to={{ screen: 'sign-in' }}>sign in</RouteLink>, then open this link again.
        </p>
      )}
    </AuthLayout>
  );
}
