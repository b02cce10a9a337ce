import type { Persona } from '@waymark/core';
import { initials } from '../ui/TopBar';
import { isImageAvatar } from './personaForm';

/** A persona's avatar: the uploaded image, or its initials on its colour. Decorative: the name is beside it. */
export function PersonaAvatar({ persona, size = 48 }: { persona: Persona; size?: number }) {
  const style = {
    width: size,
    height: size,
    ...(persona.color ? { background: persona.color, color: textOn(persona.color) } : {}),
  };
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

/** Black or white, whichever reads better on `hex` (WCAG relative luminance). */
export function textOn(hex: string): string {
  const channel = (at: number) => {
    const value = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  // White text has contrast (1.05) / (L + 0.05); black has (L + 0.05) / 0.05: pick the larger.
  return 1.05 / (luminance + 0.05) > (luminance + 0.05) / 0.05 ? '#ffffff' : '#000000';
}
