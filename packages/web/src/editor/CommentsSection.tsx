import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { journeyPath } from '../api/paths';
import type { Thread } from '../api/types';
import { useApp } from '../app/AppContext';
import { ErrorNote } from '../ui/ErrorNote';

interface CommentsSectionProps {
  readonly workspace: string;
  readonly journey: string;
  /** The element the comments are on; undefined: the journey as a whole. */
  readonly elementId: string | undefined;
  readonly canWrite: boolean;
}

/** The comment threads on the selected element (REST comments API), and a box to add one. */
export function CommentsSection({ workspace, journey, elementId, canWrite }: CommentsSectionProps) {
  const { api } = useApp();
  const id = useId();
  const [threads, setThreads] = useState<readonly Thread[] | undefined>(undefined);
  const [body, setBody] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const base = `${journeyPath(workspace, journey)}/comments`;
  const load = useCallback(async () => {
    try {
      const query = elementId ? `?elementId=${encodeURIComponent(elementId)}` : '';
      const answer = await api.get<{ threads: Thread[] }>(`${base}${query}`);
      setThreads(elementId ? answer.threads : answer.threads.filter((thread) => thread.elementId === null));
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  }, [api, base, elementId]);
  useEffect(() => {
    setThreads(undefined);
    void load();
  }, [load]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === '' || busy) return;
    setBusy(true);
    try {
      await api.post(base, { body: body.trim(), ...(elementId ? { elementId } : {}) });
      setBody('');
      await load();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel-section comments" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Comments</h3>
      {threads === undefined && !error && <p className="muted">Loading comments…</p>}
      {threads?.length === 0 && <p className="muted">No comments yet.</p>}
      {threads && threads.length > 0 && (
        <ol className="comment-list">
          {threads.map((thread) => (
            <li key={thread.id} className="comment">
              <div className="comment-head">
                <strong>{thread.author.name}</strong>
                <time dateTime={thread.createdAt}>{new Date(thread.createdAt).toLocaleString()}</time>
              </div>
              <p>{thread.body}</p>
              {thread.replies.map((reply) => (
                <div key={reply.id} className="comment reply">
                  <div className="comment-head">
                    <strong>{reply.author.name}</strong>
                  </div>
                  <p>{reply.body}</p>
                </div>
              ))}
            </li>
          ))}
        </ol>
      )}
      <ErrorNote error={error} />
      {canWrite && (
        <form onSubmit={submit} className="comment-form">
          <label htmlFor={`${id}-body`} className="visually-hidden">
            New comment
          </label>
          <textarea
            id={`${id}-body`}
            rows={2}
            placeholder="Add a comment…"
            value={body}
            onChange={(event) => setBody(event.currentTarget.value)}
          />
          <button type="submit" className="button secondary small" disabled={busy || body.trim() === ''}>
            Comment
          </button>
        </form>
      )}
    </section>
  );
}
