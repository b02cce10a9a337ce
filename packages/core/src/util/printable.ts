/**
 * User text made safe for a terminal line: line breaks and tabs become spaces, and other
 * control characters (which could move the cursor or recolour the terminal) and bidirectional
 * overrides (which could reorder what the reader sees) are shown as `\u{…}` escapes.
 */
export function printable(text: string): string {
  return text.replace(/\r\n|[\r\n\t]/g, ' ').replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (char) => `\\u{${char.codePointAt(0)?.toString(16)}}`,
  );
}
