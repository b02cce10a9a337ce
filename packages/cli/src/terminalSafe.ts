/**
 * One line of text made safe to print on a terminal: line breaks and tabs become spaces, and
 * control characters (which could move the cursor, clear the screen or recolour the terminal)
 * and bidirectional overrides (which could reorder what the reader sees) are shown as `\u{…}`.
 * The same rule as core's lint and diff reports, for the lines the CLI prints itself
 * (diagnostics and import notes carry user text).
 */
export function terminalSafe(text: string): string {
  return text.replace(/\r\n|[\r\n\t]/g, ' ').replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (char) => `\\u{${char.codePointAt(0)?.toString(16)}}`,
  );
}
