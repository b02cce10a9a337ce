import { useCallback, useEffect, useState } from 'react';
import { useApp } from '../app/AppContext';
import { text, useSubmit } from '../auth/useSubmit';
import { CopyField } from '../ui/CopyField';
import { ErrorNote } from '../ui/ErrorNote';
import { Field } from '../ui/Field';
import { TopBar } from '../ui/TopBar';

interface TokenSummary {
  readonly id: string;
  readonly name: string;
  readonly prefix: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
}

/** My account: personal API tokens for scripts and CI (`waymark login`), created and revoked here. */
export function AccountScreen() {
  const { api, me } = useApp();
  const [tokens, setTokens] = useState<readonly TokenSummary[] | undefined>(undefined);
  const [created, setCreated] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async () => {
    try {
      setTokens(await api.get<TokenSummary[]>('/api/v1/me/tokens'));
    } catch (caught) {
      setError(caught);
    }
  }, [api]);
  useEffect(() => {
    void load();
  }, [load]);
  const create = useSubmit(async (form) => {
    const answer = await api.post<{ token: string }>('/api/v1/me/tokens', { name: text(form, 'name') });
    setCreated(answer.token);
    await load();
  });
  const revoke = async (id: string) => {
    try {
      await api.delete(`/api/v1/me/tokens/${encodeURIComponent(id)}`);
    } catch (caught) {
      setError(caught);
    }
    await load();
  };
  return (
    <div className="app-shell">
      <TopBar workspace={me?.workspaces[0]?.slug ?? ''} />
      <main className="settings">
        <h1>Your account</h1>
        <p className="lead">
          {me?.name} · {me?.email}
        </p>
        <section className="settings-section" aria-labelledby="tokens-title">
          <h2 id="tokens-title">API tokens</h2>
          <p className="muted">
            For scripts, CI and the command line. Keep them secret; revoke one you no longer need.
          </p>
          <ErrorNote error={error} />
          {tokens && tokens.length === 0 && <p className="muted">No tokens yet.</p>}
          {tokens && tokens.length > 0 && (
            <ul className="plain-list token-list">
              {tokens.map((token) => (
                <li key={token.id}>
                  <span>
                    <strong>{token.name}</strong> <code>{token.prefix}…</code>
                  </span>
                  <button type="button" className="button ghost small" onClick={() => void revoke(token.id)}>
                    Revoke
                  </button>
                </li>
              ))}
            </ul>
          )}
          <form onSubmit={create.onSubmit} className="row-form">
            <Field label="Token name" name="name" required placeholder="CI" />
            <button type="submit" className="button primary" disabled={create.busy}>
              Create token
            </button>
          </form>
          <ErrorNote error={create.error} />
          {created && <CopyField label="New API token" value={created} />}
        </section>
      </main>
    </div>
  );
}
