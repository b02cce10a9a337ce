import type { Persona } from '@waymark/core';
import { initials } from '../ui/TopBar';
import { isImageAvatar } from './personaForm';

/** A persona's avatar: the uploaded image, or its initials on its colour. Decorative: the name is beside it. */
export function PersonaAvatar({ persona, size = 48 }: { persona: Persona; size?: number }) {
  const style = { width: size, height: size, ...(persona.color ? { background: persona.color } : {}) };
  if (isImageAvatar(persona.avatar))
    return (
      <img className="persona-avatar" src={persona.avatar} alt="" width={size} height={size} style={style} />
    );
  const text = persona.avatar && [...persona.avatar].length <= 3 ? persona.avatar : initials(persona.name);
  return (
    <span className="persona-avatar" aria-hidden="true" style={{ ...style, fontSize: size * 0.36 }}>
      {text}
    </span>
  );
}
