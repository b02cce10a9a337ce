/**
 * Whether a YAML (or JSON) text holds something that js-yaml reads differently from `yaml`, or
 * that `yaml` reports (an error or a warning) while js-yaml does not. Such texts go to the
 * precise reader. Each check below is a known divergence, found by differential testing; a check
 * may flag text that merely looks like its case, which only costs the fast path for that text.
 *
 * The checks look for rare characters first and at each line once, so that a clean 300 KB file
 * costs a couple of milliseconds; none of them backtracks more than linearly on hostile text.
 */
export function needsPreciseReader(text: string): boolean {
  return (
    anywhere.some((pattern) => pattern.test(text)) ||
    indicatorAt(text, /[!&*]/g, nodeProperty) ||
    indicatorAt(text, /\?/g, explicitKey) ||
    commentBetweenKeyAndValue(text) ||
    someLine(text, isBlockDocument(text), text.search(/[[{]/))
  );
}

const anywhere: readonly RegExp[] = [
  // `"a\` at a line's end, an escaped line break: an empty line after it is read differently.
  /\\\r?\n/,
  // A byte order mark: `yaml` reports some documents that start with one, js-yaml skips it.
  /\uFEFF/,
  // `[a]#c`, `[a,#c`: a comment not after white space is an error for `yaml` only.
  /[[\]{},"']#/,
  // `[a]: b`: a list or map as a key, which js-yaml turns into text.
  /[\]}]\s*:(?:\s|$)/,
  // `{: b}`, `[a, : b]`: no key; `yaml` reads the key as '', js-yaml as 'null'.
  /[[{,][ \t]*:(?:[\s,\]}]|$)/,
];

/**
 * Tags (`!x`, `!!int`, `! 7`), anchors (`&a`) and aliases (`*a`), where a node may start: js-yaml
 * drops a tag written on the line before a block scalar, and aliases expand (the precise reader
 * keeps a budget). `Fish & chips` is text.
 */
function nodeProperty(text: string, at: number): boolean {
  if (!startsNode(text, at, ':')) return false;
  const next = text[at + 1];
  return text[at] === '!' || (next !== undefined && !/[\s,[\]{}]/.test(next));
}

/** `? key`: a key that may be a list or map, which js-yaml turns into text. */
function explicitKey(text: string, at: number): boolean {
  const next = text[at + 1];
  return startsNode(text, at, '') && (next === undefined || /\s/.test(next));
}

/** Whether the character at `at` follows white space, a line start, `[`, `{`, `,` or one of `also`. */
function startsNode(text: string, at: number, also: string): boolean {
  const before = text[at - 1];
  return before === undefined || /[\s,[{]/.test(before) || also.includes(before);
}

function indicatorAt(
  text: string,
  candidates: RegExp,
  check: (text: string, at: number) => boolean,
): boolean {
  for (const match of text.matchAll(candidates)) if (check(text, match.index)) return true;
  return false;
}

/** `key:` at a line's end, then blank lines, then a comment line (its indentation captured). */
const keyThenComment = /:[ \t]*(?:#[^\n]*)?\r?\n(?:[ \t]*\r?\n)*([ \t]*)#/g;

/**
 * `key:`, a comment line indented no deeper than the key, then the value on the next line:
 * `yaml` reports a plain value there (in a nested map) as a key on two lines; js-yaml reads it.
 */
function commentBetweenKeyAndValue(text: string): boolean {
  for (const match of text.matchAll(keyThenComment)) {
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    const keyColumn = /^[ \t-]*/.exec(text.slice(lineStart, match.index))?.[0].length ?? 0;
    if ((match[1] ?? '').length <= keyColumn) return true;
  }
  return false;
}

/** Whether the document is not one flow collection (not JSON): what starts it, past comments, is not `{` or `[`. */
function isBlockDocument(text: string): boolean {
  // A loop, not a regular expression: `^\s*(?:#.*\s*)*` backtracks exponentially on `#  #  #…`.
  for (let at = 0; at < text.length; ) {
    const char = text[at] ?? '';
    if (char === '#') {
      const newline = text.indexOf('\n', at);
      if (newline === -1) return false;
      at = newline + 1;
    } else if (/\s/.test(char)) at++;
    else return char !== '{' && char !== '[';
  }
  return false;
}
/** `-` with nothing after it: js-yaml may put the next, less indented item in the same list. */
const emptyListItem = /^(?:-[ \t]+)*-[ \t]*(?:#.*)?$/;
/** `: value` with no key at a line's start: `yaml` reads the key as '', js-yaml as 'null'. */
const emptyKey = /^(?:-[ \t]+)*:(?:[\s,\]}]|$)/;
/** A block scalar's header (`|`, `>-`, `|2+`), its indicators captured. */
const blockHeader = /(?:^|[ \t])[|>]([-+1-9]*)[ \t]*(?:#.*)?$/;

/**
 * The checks made line by line. `block`: the document is not one flow collection; `firstFlow`:
 * where the first `[` or `{` is (-1: nowhere).
 */
function someLine(text: string, block: boolean, firstFlow: number): boolean {
  let afterHeader = false;
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : text[newline - 1] === '\r' ? newline - 1 : newline;
    let indent = start;
    while (text[indent] === ' ') indent++;
    const first = indent < end ? text[indent] : undefined;
    const lineStart = start;
    start = newline === -1 ? text.length + 1 : newline + 1;
    // `%YAML 1.1` changes the schema (`yes` becomes true); `%TAG` changes tags.
    if (first === '%' && indent === lineStart) return true;
    // A tab in a line's indentation: `yaml` refuses some that js-yaml takes (after a block scalar).
    if (first === '\t') return true;
    // A `:` more than 1024 characters into a line: `yaml` refuses keys that long, js-yaml does not.
    if (end - lineStart > 1024 && text.slice(lineStart + 1024, end).includes(':')) return true;
    // `#` at a line's start inside a flow collection (after a plain value): an error for `yaml`.
    if (first === '#' && indent === lineStart && firstFlow !== -1 && lineStart > firstFlow) return true;
    // `]` at a line's start in a block document: `yaml` warns when it is at its parent's indentation.
    if (block && (first === ']' || first === '}')) return true;
    const content = text.slice(indent, end);
    if ((first === '-' || first === ':') && (emptyListItem.test(content) || emptyKey.test(content)))
      return true;
    // A block scalar starting with a line of spaces: `yaml` wants an explicit indentation there.
    if (afterHeader && first === undefined && end > lineStart) return true;
    if (afterHeader && end === lineStart) continue;
    afterHeader = false;
    if (!content.includes('|') && !content.includes('>')) continue;
    const header = blockHeader.exec(content);
    if (header === null) continue;
    // `|1`: an explicit indentation; `|+`: js-yaml keeps a last line of spaces as a line break.
    if (/[1-9+]/.test(header[1] ?? '')) return true;
    afterHeader = true;
  }
  return false;
}
