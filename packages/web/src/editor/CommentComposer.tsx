import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from 'react';
import { insertMention, type Mentionable, mentionMatches, mentionQuery } from './mentions';

interface CommentComposerProps {
  /** The box's label: "New comment", "Reply". */
  readonly label: string;
  readonly button: string;
  readonly members: readonly Mentionable[];
  /** Sends the body; resolves true when it was accepted (the box empties). */
  readonly onSend: (body: string) => Promise<boolean>;
  readonly autoFocus?: boolean;
}

/**
 * A comment box with @mention autocomplete: typing "@" and part of a member's name lists the
 * matching members (a listbox: ↑/↓ to choose, Enter or Tab to pick, Escape to close).
 */
export function CommentComposer({ label, button, members, onSend, autoFocus }: CommentComposerProps) {
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [body, setBody] = useState('');
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [closed, setClosed] = useState(false);
  const [busy, setBusy] = useState(false);
  const query = closed ? undefined : mentionQuery(body, caret);
  const matches = query ? mentionMatches(members, query.query) : [];
  const listing = matches.length > 0;

  const pick = (member: Mentionable) => {
    if (!query) return;
    const next = insertMention(body, query, member);
    setBody(next.text);
    setCaret(next.caret);
    requestAnimationFrame(() => box.current?.setSelectionRange(next.caret, next.caret));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!listing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + matches.length) % matches.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      const member = matches[Math.min(active, matches.length - 1)];
      if (member) pick(member);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setClosed(true);
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === '' || busy) return;
    setBusy(true);
    if (await onSend(body.trim())) setBody('');
    setBusy(false);
  };
  return (
    <form onSubmit={submit} className="comment-form">
      <label htmlFor={`${id}-body`} className="visually-hidden">
        {label}
      </label>
      <div className="mention-anchor">
        <textarea
          ref={box}
          id={`${id}-body`}
          rows={2}
          // biome-ignore lint/a11y/noAutofocus: the reply box opens because the person asked to reply
          autoFocus={autoFocus}
          placeholder={`${label}… (@ to mention someone)`}
          value={body}
          role="combobox"
          aria-expanded={listing}
          aria-controls={`${id}-mentions`}
          aria-autocomplete="list"
          aria-activedescendant={listing ? `${id}-m${Math.min(active, matches.length - 1)}` : undefined}
          onChange={(event) => {
            setBody(event.currentTarget.value);
            setCaret(event.currentTarget.selectionStart);
            setActive(0);
            setClosed(false);
          }}
          onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
        />
        {listing && (
          <div id={`${id}-mentions`} className="mention-list" role="listbox" aria-label="Members to mention">
            {matches.map((member, index) => (
              <div
                key={member.userId}
                tabIndex={-1}
                id={`${id}-m${index}`}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'is-active' : undefined}
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(member);
                }}
              >
                <strong>{member.name}</strong>
                {member.email && <span className="muted"> {member.email}</span>}
              </div>
            ))}
          </div>
        )}
      </div>
      <button type="submit" className="button secondary small" disabled={busy || body.trim() === ''}>
        {button}
      </button>
    </form>
  );
}
