import { findChannel } from '../model/channels.js';

/** The channel and name a touchpoint shorthand stands for. */
export interface TouchpointText {
  readonly channel: string;
  readonly name?: string;
}

/** A channel word as a channel id: a known channel or alias becomes its id, any other word is lowercased. */
export function channelId(word: string): string {
  return findChannel(word)?.id ?? word.trim().toLowerCase();
}

/**
 * Reads a touchpoint written as text:
 * - `web: product search` → channel `web`, name `product search` (the left part may be any word);
 * - `word of mouth`, `parcel` → a known channel (ids and aliases), no name;
 * - anything else → channel `other`, the text as its name.
 *
 * The text is split at the first colon followed by a space (or at any first colon when the
 * left part is a known channel), so `https://…` stays whole.
 */
export function parseTouchpointText(text: string): TouchpointText {
  const trimmed = text.trim();
  const known = findChannel(trimmed);
  if (known !== undefined) return { channel: known.id };
  const colon = trimmed.indexOf(':');
  if (colon > 0) {
    const left = trimmed.slice(0, colon).trim();
    const rest = trimmed.slice(colon + 1);
    if (left !== '' && (findChannel(left) !== undefined || rest === '' || /^\s/.test(rest))) {
      const name = rest.trim();
      return name === '' ? { channel: channelId(left) } : { channel: channelId(left), name };
    }
  }
  return { channel: 'other', name: trimmed };
}
