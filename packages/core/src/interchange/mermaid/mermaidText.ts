// Mermaid reads `#35;`, `#58;` … as character codes (it swaps them out before parsing and puts
// them back in the SVG), which is the only way to write `#`, `;`, `:` or a line break inside a
// title, section or task. The exporter writes them; the importer reads them back.

/** Where a piece of text goes in a diagram; each place has its own special characters. */
export type MermaidTextPlace = 'title' | 'section' | 'task' | 'actor' | 'description';

const keywords = /^(?:journey|title|section|accTitle|accDescr)(?=$|[\s:{])/;

const named: Readonly<Record<string, string>> = {
  amp: '&',
  apos: "'",
  colon: ':',
  comma: ',',
  gt: '>',
  lt: '<',
  nbsp: '\u00a0',
  num: '#',
  quot: '"',
  semi: ';',
};

const code = (char: string) => `#${char.codePointAt(0)};`;

/** Text safe to write at `place` in a Mermaid journey diagram; `decodeMermaidText` reverses it. */
export function encodeMermaidText(text: string, place: MermaidTextPlace): string {
  const special =
    place === 'actor'
      ? /[#;:,\r\n{}]/g
      : place === 'title' || place === 'description'
        ? /[#;\r\n{}]/g
        : /[#;:\r\n{}]/g;
  let out = text.replace(special, code);
  // a line must not start like a comment, a fence or (for a task) a keyword; an actor that is a
  // number would be read as the score
  const numeric = place === 'actor' && /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(out);
  if (/^[%`~]/.test(out) || (place === 'task' && keywords.test(out)) || numeric) {
    out = code(out[0] as string) + out.slice(1);
  }
  return out;
}

/** Mermaid text with its `#NN;` and `#name;` character codes turned back into characters. */
export function decodeMermaidText(text: string): string {
  return text.replace(/#(?:(\d{1,7})|([A-Za-z][A-Za-z0-9]*));/g, (match, digits?: string, name?: string) => {
    if (name !== undefined) return named[name] ?? match;
    const point = Number(digits);
    return point >= 9 && point <= 0x10ffff ? String.fromCodePoint(point) : match;
  });
}
