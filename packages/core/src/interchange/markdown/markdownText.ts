// User text in a Markdown document must render as the same text: no HTML, no emphasis, no
// links, no headings or lists sneaking in. HTML-significant characters become entities, Markdown
// punctuation gets a backslash, line breaks become <br> so text never starts a block of its own.

const htmlEntities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** User text as Markdown inline text that renders exactly as written. */
export function mdText(text: string): string {
  const escaped = text
    .replace(/[&<>"]/g, (char) => htmlEntities[char] as string)
    .replace(/[\\`*_[\]#|~$]/g, '\\$&')
    .replace(/\r\n|\r|\n/g, '<br>');
  // a leading "- ", "+ " or "1. " would start a list, a line of "-" or "=" underline a heading
  if (/^[-+](?:\s|$)/.test(escaped) || /^[-=]+\s*$/.test(escaped)) return `\\${escaped}`;
  return escaped.replace(/^(\d+)(?=[.)](?:\s|$))/, '$1\\');
}

/** An id shown as code. Ids hold only letters, digits, "-", "_" and ".", so nothing to escape. */
export function mdId(id: string): string {
  return `\`${id}\``;
}

/** A table row of already escaped cells. */
export function mdRow(cells: readonly string[]): string {
  return `| ${cells.map((cell) => (cell === '' ? ' ' : cell)).join(' | ')} |`;
}

/** A table: header, separator and rows (cells already escaped). */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [mdRow(header), mdRow(header.map(() => '---')), ...rows.map(mdRow)];
}

const bars = '▁▂▃▄▅▆▇█';

/** An emotion score (-2..2) as a bar and a signed number: `▆ +1`. */
export function emotionBar(score: number): string {
  return `${emotionBlock(score)} ${signed(score)}`;
}

/** An emotion score (-2..2) as one block character, low to high. */
export function emotionBlock(score: number): string {
  const level = Math.round(((Math.min(2, Math.max(-2, score)) + 2) * (bars.length - 1)) / 4);
  return bars[level] as string;
}

export function signed(score: number): string {
  return score > 0 ? `+${score}` : String(score);
}
