import type { PresenceState } from '@waymark/collab';
import { initials } from '../ui/TopBar';

/** Who else is here, as avatars in their highlight colours. */
export function PresenceAvatars({ others }: { others: readonly PresenceState[] }) {
  if (others.length === 0) return null;
  const names = others.map((other) => other.user.name).join(', ');
  return (
    <ul className="presence" aria-label={`Also here: ${names}`}>
      {others.map((other) => (
        <li
          key={other.user.id}
          className="avatar"
          style={{ background: other.user.color }}
          title={other.user.name}
        >
          {initials(other.user.name)}
        </li>
      ))}
    </ul>
  );
}
