/** Marks around matched words in snippets; plain characters, so no client ever renders markup. */
export const snippetOpen = '«';
export const snippetClose = '»';

/** How many words a snippet shows, and how many of them come before the first match. */
const snippetWords = 16;
const wordsBeforeMatch = 4;
/** Characters looked at before the first match for the snippet's leading words. */
const reachBack = 400;

const wordPattern = /[\p{L}\p{N}\p{M}]+/gu;
const wordCharacter = /[\p{L}\p{N}\p{M}]/u;

/** A word as the full-text engines compare it: without diacritics, lower case. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return asciiOnly.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}+/gu, '');
}

const asciiOnly = /^[ -~]*$/;

/**
 * Cuts snippets for one search: a short passage of a text around the first place one of the
 * search's words occurs, every matching word in it between « and » (the last search word
 * matches as a prefix, as in the query). `undefined` when no word is found as written apart from
 * case (a match only through diacritics folding, say): the caller then asks the engine, which
 * folds exactly as it indexed.
 *
 * This is what makes search cheap on long journeys: the engines' own snippet functions tokenise
 * a journey's whole text (110 KB for the 1,000-touchpoint map, ~0.85 ms per result on SQLite),
 * where this looks at a few hundred characters around a match found by a plain regex scan.
 */
export function snippetCutter(terms: readonly string[]): (text: string) => string | undefined {
  const wanted = terms.map(foldWord);
  const alternatives = terms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const matches = (word: string) => {
    const folded = foldWord(word);
    return wanted.some((term, index) =>
      index === wanted.length - 1 ? folded.startsWith(term) : folded === term,
    );
  };
  return (text) => {
    if (terms.length === 0) return undefined;
    const at = firstWordStart(text, new RegExp(alternatives, 'giu'), matches);
    return at === undefined ? undefined : cutAround(text, at, matches);
  };
}

/** Where the first word that matches starts, found by a case-insensitive scan for the words. */
function firstWordStart(text: string, scan: RegExp, matches: (word: string) => boolean): number | undefined {
  const wordAt = /[\p{L}\p{N}\p{M}]+/uy;
  for (let found = scan.exec(text); found !== null; found = scan.exec(text)) {
    const before = text.codePointAt(found.index - 1 - (isLowSurrogate(text, found.index - 1) ? 1 : 0));
    const startsWord = found.index === 0 || !wordCharacter.test(String.fromCodePoint(before ?? 32));
    wordAt.lastIndex = found.index;
    if (startsWord && matches(wordAt.exec(text)?.[0] ?? '')) return found.index;
    scan.lastIndex = found.index + 1;
  }
  return undefined;
}

const isLowSurrogate = (text: string, index: number) => {
  const unit = text.charCodeAt(index);
  return index > 0 && unit >= 0xdc00 && unit <= 0xdfff;
};

/** The snippet's words around the match at `at`, matching ones marked. */
function cutAround(text: string, at: number, matches: (word: string) => boolean): string | undefined {
  const before = wordsBefore(text, at);
  const after = wordsFrom(text, at, snippetWords);
  const leading = Math.min(before.length, Math.max(wordsBeforeMatch, snippetWords - after.length));
  const visible = [...before.slice(before.length - leading), ...after].slice(0, snippetWords);
  const head = visible[0];
  const tail = visible.at(-1);
  if (head === undefined || tail === undefined) return undefined;
  let out = '';
  let cursor = head.start;
  for (const word of visible) {
    const written = text.slice(word.start, word.end);
    out +=
      text.slice(cursor, word.start) +
      (matches(written) ? `${snippetOpen}${written}${snippetClose}` : written);
    cursor = word.end;
  }
  // At either end of the text the snippet keeps what surrounds the words (a closing bracket, a
  // full stop); elsewhere an ellipsis says there is more.
  const lead = wordCharacter.test(text.slice(0, head.start)) ? '…' : text.slice(0, head.start).trimStart();
  const trail = wordCharacter.test(text.slice(tail.end)) ? '…' : text.slice(tail.end).trimEnd();
  return `${lead}${out}${trail}`.replace(/\s+/g, ' ');
}

interface WordSpan {
  readonly start: number;
  readonly end: number;
}

/** The last few whole words before `at` (up to snippetWords, in case the match is near the end). */
function wordsBefore(text: string, at: number): WordSpan[] {
  const from = Math.max(0, at - reachBack);
  const spans = [...text.slice(from, at).matchAll(wordPattern)].map((match) => ({
    start: from + match.index,
    end: from + match.index + match[0].length,
  }));
  // A word the window cut in two is not shown.
  if (from > 0 && spans[0]?.start === from) spans.shift();
  return spans.slice(-snippetWords);
}

/** Up to `count` words from `at` on, scanning no further than they reach. */
function wordsFrom(text: string, at: number, count: number): WordSpan[] {
  const scan = new RegExp(wordPattern.source, 'gu');
  scan.lastIndex = at;
  const spans: WordSpan[] = [];
  for (let found = scan.exec(text); found !== null && spans.length < count; found = scan.exec(text)) {
    spans.push({ start: found.index, end: found.index + found[0].length });
  }
  return spans;
}
