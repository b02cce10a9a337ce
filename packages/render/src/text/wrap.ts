import { isWideCodePoint, measureText, sliceMeasurer, type TextStyle } from './measure.js';

export interface WrapOptions extends TextStyle {
  /** The widest a line may be, in px. */
  readonly width: number;
  /** Cut after this many lines and end the last with an ellipsis. Omit to grow to fit. */
  readonly maxLines?: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Text where every UTF-16 code unit is a character of its own (no combining marks, joiners or surrogates). */
const simpleText =
  /^[\u0020-\u02FF\u0370-\u04FF\u2010-\u205F\u20A0-\u20CF\u2100-\u27BF\u3000-\u30FF\u4E00-\u9FFF\uFF00-\uFFEF]*$/;

/** The user-perceived characters of a text (grapheme clusters), fast for simple text. */
export function graphemesOf(text: string): string[] {
  if (simpleText.test(text)) return text.split('');
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

const isSpace = (grapheme: string) =>
  grapheme.length === 1 && grapheme !== '\u00a0' && grapheme !== '\u202f' && /\s/.test(grapheme);

/** Punctuation that must not start a line in CJK text (it sticks to what precedes it). */
const closingPunctuation = new Set([...'、。，．！？：；）」』】〉》〕］｝〙〗ー・…%)]}!?,.:;']);

/** Where an over-long word may break most gracefully (after these characters). */
const softBreaks = new Set([...'/-_.?&=#:,;']);

interface Token {
  readonly text: string;
  /** Whether a space separates it from the previous token. */
  readonly spaceBefore: boolean;
}

function isWideGrapheme(grapheme: string): boolean {
  return isWideCodePoint(grapheme.codePointAt(0) ?? 0);
}

/** Words (runs between spaces) and single CJK characters, each a place a line may break. */
function tokenize(paragraph: string): Token[] {
  const tokens: Token[] = [];
  let word = '';
  let spaceBefore = false;
  let pendingSpace = false;
  const flush = () => {
    if (word !== '') tokens.push({ text: word, spaceBefore });
    word = '';
  };
  for (const segment of graphemesOf(paragraph)) {
    if (isSpace(segment)) {
      flush();
      pendingSpace = tokens.length > 0;
      continue;
    }
    const wide = isWideGrapheme(segment);
    const last = tokens[tokens.length - 1];
    if (closingPunctuation.has(segment) && word === '' && last && !pendingSpace) {
      tokens[tokens.length - 1] = { text: last.text + segment, spaceBefore: last.spaceBefore };
      continue;
    }
    if (wide) {
      flush();
      tokens.push({ text: segment, spaceBefore: pendingSpace });
      pendingSpace = false;
      continue;
    }
    if (word === '') {
      spaceBefore = pendingSpace;
      pendingSpace = false;
      const previous = tokens[tokens.length - 1];
      // A Latin word right after a CJK character may break from it.
      if (previous && !spaceBefore && !isWideGrapheme(previous.text.slice(-1))) {
        word = previous.text;
        spaceBefore = previous.spaceBefore;
        tokens.pop();
      }
    }
    word += segment;
  }
  flush();
  return tokens;
}

/** Splits a word too long for one line into pieces that fit, preferring soft break points. */
function breakWord(word: string, style: TextStyle, width: number): string[] {
  const parts = graphemesOf(word);
  const pieces: string[] = [];
  let start = 0;
  while (start < parts.length) {
    let end = start;
    let used = 0;
    while (end < parts.length) {
      const next = measureText(parts[end] ?? '', style);
      if (end > start && used + next > width) break;
      used += next;
      end += 1;
    }
    if (end < parts.length) {
      for (let soft = end - 1; soft > start + (end - start) / 2; soft -= 1) {
        if (softBreaks.has(parts[soft - 1] ?? '')) {
          end = soft;
          break;
        }
      }
    }
    pieces.push(parts.slice(start, end).join(''));
    start = end;
  }
  return pieces;
}

/**
 * Whether text is plain: characters that are one code unit each, none wide and none a space
 * other than U+0020, and never two spaces in a row. Most text is; it wraps without splitting
 * it into graphemes and tokens, to the same lines.
 */
function isPlain(text: string): boolean {
  let space = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (space) return false;
      space = true;
      continue;
    }
    space = false;
    const simple =
      (code > 0x20 && code <= 0x2ff) ||
      (code >= 0x370 && code <= 0x4ff) ||
      (code >= 0x2010 && code <= 0x205e && code !== 0x2028 && code !== 0x2029) ||
      (code >= 0x20a0 && code <= 0x20cf) ||
      (code >= 0x2100 && code <= 0x27bf);
    if (!simple) return false;
  }
  return true;
}

/** wrapParagraph for plain text: words are the runs between spaces, lines are slices of the text. */
function wrapPlain(text: string, options: WrapOptions): string[] {
  const lines: string[] = [];
  const measure = sliceMeasurer(options);
  const spaceWidth = measure(' ', 0, 1);
  const width = options.width;
  // The line so far is text.slice(from, to); from < 0 while it is empty.
  let from = -1;
  let to = -1;
  let lineWidth = 0;
  for (let start = 0; start < text.length; ) {
    if (text.charCodeAt(start) === 0x20) {
      start += 1;
      continue;
    }
    const space = text.indexOf(' ', start);
    const end = space < 0 ? text.length : space;
    const tokenWidth = measure(text, start, end);
    // The same arithmetic as wrapParagraph, so both give the same lines.
    if (from >= 0 && lineWidth + spaceWidth + tokenWidth <= width) {
      to = end;
      lineWidth += spaceWidth + tokenWidth;
    } else {
      if (from >= 0) lines.push(text.slice(from, to));
      from = start;
      to = end;
      if (tokenWidth <= width) {
        lineWidth = tokenWidth;
      } else {
        const pieces = breakWord(text.slice(start, end), options, width);
        for (const piece of pieces.slice(0, -1)) {
          lines.push(piece);
          from += piece.length;
        }
        lineWidth = measure(text, from, to);
      }
    }
    start = end;
  }
  lines.push(from >= 0 ? text.slice(from, to) : '');
  return lines;
}

function wrapParagraph(paragraph: string, options: WrapOptions): string[] {
  if (isPlain(paragraph)) return wrapPlain(paragraph, options);
  const lines: string[] = [];
  const spaceWidth = measureText(' ', options);
  let line = '';
  let lineWidth = 0;
  for (const token of tokenize(paragraph)) {
    const tokenWidth = measureText(token.text, options);
    const gap = line !== '' && token.spaceBefore ? spaceWidth : 0;
    if (line !== '' && lineWidth + gap + tokenWidth <= options.width) {
      line += (gap > 0 ? ' ' : '') + token.text;
      lineWidth += gap + tokenWidth;
      continue;
    }
    if (line !== '') lines.push(line);
    if (tokenWidth <= options.width) {
      line = token.text;
      lineWidth = tokenWidth;
      continue;
    }
    const pieces = breakWord(token.text, options, options.width);
    lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1] ?? '';
    lineWidth = measureText(line, options);
  }
  lines.push(line);
  return lines;
}

/** Shortens a line until it fits with a trailing ellipsis. */
function withEllipsis(line: string, options: WrapOptions): string {
  const parts = graphemesOf(line);
  while (parts.length > 0) {
    const candidate = `${parts.join('').trimEnd()}…`;
    if (measureText(candidate, options) <= options.width) return candidate;
    parts.pop();
  }
  return '…';
}

/**
 * Wraps text to lines no wider than `width` (except a single character wider than the
 * width, which gets a line of its own). Breaks at spaces, between CJK characters, and
 * inside words too long for a line; explicit newlines start a new line.
 */
export function wrapText(text: string, options: WrapOptions): string[] {
  const lines =
    text.includes('\n') || text.includes('\r')
      ? text.split(/\r\n|\r|\n/).flatMap((paragraph) => wrapParagraph(paragraph, options))
      : wrapParagraph(text, options);
  const maxLines = options.maxLines;
  if (maxLines === undefined || lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  kept[kept.length - 1] = withEllipsis(kept[kept.length - 1] ?? '', options);
  return kept;
}

/** The width of the widest line. */
export function linesWidth(lines: readonly string[], style: TextStyle): number {
  const measure = sliceMeasurer(style);
  let widest = 0;
  for (const line of lines) widest = Math.max(widest, measure(line, 0, line.length));
  return widest;
}
