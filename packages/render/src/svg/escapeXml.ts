const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Whether XML 1.0 allows this UTF-16 code unit here (controls, U+FFFE/U+FFFF and lone surrogates are not). */
function allowed(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  if (code === 0xfffe || code === 0xffff) return false;
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff;
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = text.charCodeAt(i - 1);
    return previous >= 0xd800 && previous <= 0xdbff;
  }
  return true;
}

/** Escapes text for XML content and attribute values; characters XML cannot carry become U+FFFD. */
export function escapeXml(text: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // Most characters need nothing: anything printable below the surrogates but the five specials.
    if (
      code >= 0x20 &&
      code < 0xd800 &&
      code !== 0x26 &&
      code !== 0x3c &&
      code !== 0x3e &&
      code !== 0x22 &&
      code !== 0x27
    ) {
      continue;
    }
    const char = text[i] ?? '';
    const entity = entities[char];
    if (entity === undefined && allowed(text, i)) continue;
    out += text.slice(start, i) + (entity ?? '\uFFFD');
    start = i + 1;
  }
  return start === 0 ? text : out + text.slice(start);
}
