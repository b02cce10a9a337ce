import { useCallback, useEffect, useId, useState } from 'react';
import { journeyPath, workspacePath } from '../api/paths';
import type { Comment, Thread } from '../api/types';
import { useApp } from '../app/AppContext';
import { ErrorNote } from '../ui/ErrorNote';
import { CommentComposer } from './CommentComposer';
import { bodyParts, type Mentionable } from './mentions';

interface CommentsSectionProps {
  readonly workspace: string;
  readonly journey: string;
  /** The element the comments are on; undefined: the journey as a whole. */
  readonly elementId: string | undefined;
  readonly canWrite: boolean;
}

/**
 * The comment threads on the selected element (REST comments API): replies, @mentions of the
 * workspace's members, resolve and reopen. Resolved threads fold to one line until opened.
 */
export function CommentsSection({ workspace, journey, elementId, canWrite }: CommentsSectionProps) {
  const { api } = useApp();
  const id = useId();
  const [threads, setThreads] = useState<readonly Thread[] | undefined>(undefined);
  const [members, setMembers] = useState<readonly Mentionable[]>([]);
  const [replying, setReplying] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
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
  // The members to @mention; without them (an old server, no access) comments still work.
  useEffect(() => {
    if (!canWrite) return;
    api
      .get<Mentionable[]>(`${workspacePath(workspace)}/members`)
      .then(setMembers)
      .catch(() => setMembers([]));
  }, [api, workspace, canWrite]);

  /** A write, then the threads again; false (and the error shown) when it was refused. */
  const write = async (path: string, body?: unknown): Promise<boolean> => {
    try {
      await api.post(path, body);
      await load();
      return true;
    } catch (caught) {
      setError(caught);
      return false;
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
            <ThreadItem
              key={thread.id}
              thread={thread}
              canWrite={canWrite}
              replying={replying === thread.id}
              members={members}
              onReply={() => setReplying(replying === thread.id ? undefined : thread.id)}
              onSendReply={async (body) => {
                const ok = await write(base, {
                  body,
                  parentId: thread.id,
                  ...(elementId ? { elementId } : {}),
                });
                if (ok) setReplying(undefined);
                return ok;
              }}
              onResolve={(resolve) =>
                void write(`${base}/${encodeURIComponent(thread.id)}/${resolve ? 'resolve' : 'reopen'}`)
              }
            />
          ))}
        </ol>
      )}
      <ErrorNote error={error} />
      {canWrite && (
        <CommentComposer
          label="New comment"
          button="Comment"
          members={members}
          onSend={(body) => write(base, { body, ...(elementId ? { elementId } : {}) })}
        />
      )}
    </section>
  );
}

interface ThreadItemProps {
  readonly thread: Thread;
  readonly canWrite: boolean;
  readonly replying: boolean;
  readonly members: readonly Mentionable[];
  readonly onReply: () => void;
  readonly onSendReply: (body: string) => Promise<boolean>;
  readonly onResolve: (resolve: boolean) => void;
}

function ThreadItem({
  thread,
  canWrite,
  replying,
  members,
  onReply,
  onSendReply,
  onResolve,
}: ThreadItemProps) {
  const resolved = thread.resolvedAt !== null;
  const [open, setOpen] = useState(!resolved);
  // Resolving folds the thread, reopening unfolds it.
  useEffect(() => setOpen(!resolved), [resolved]);
  return (
    <li className={`comment-thread${resolved ? ' is-resolved' : ''}`}>
      {resolved && (
        <button
          type="button"
          className="link-button resolved-line"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          ✓ Resolved{thread.resolvedBy ? ` by ${thread.resolvedBy.name}` : ''}: {thread.body.slice(0, 60)}
        </button>
      )}
      {open && (
        <>
          <CommentBody comment={thread} />
          {thread.replies.map((reply) => (
            <CommentBody key={reply.id} comment={reply} reply />
          ))}
          {canWrite && (
            <div className="comment-actions">
              <button type="button" className="button ghost small" aria-expanded={replying} onClick={onReply}>
                Reply
              </button>
              <button type="button" className="button ghost small" onClick={() => onResolve(!resolved)}>
                {resolved ? 'Reopen' : 'Resolve'}
              </button>
            </div>
          )}
          {replying && (
            <CommentComposer
              label="Reply"
              button="Send reply"
              members={members}
              onSend={onSendReply}
              autoFocus
            />
          )}
        </>
      )}
    </li>
  );
}

function CommentBody({ comment, reply }: { comment: Comment; reply?: boolean }) {
  return (
    <div className={`comment${reply ? ' reply' : ''}`}>
      <div className="comment-head">
        <strong>{comment.author.name}</strong>
        <time dateTime={comment.createdAt}>{new Date(comment.createdAt).toLocaleString()}</time>
      </div>
      <p>
        {bodyParts(comment.body).map((part, index) =>
          'mention' in part ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional
            <span key={index} className="mention">
              @{part.mention}
            </span>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional
            <span key={index}>{part.text}</span>
          ),
        )}
      </p>
    </div>
  );
}
